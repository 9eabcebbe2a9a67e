// expect: info
// why: Consumers build arrays of the definitions struct (asn1Parser generates them into the consumer's own
// why: sources) and pass them to asn1_array2tree. libtasn1 3.0 renames struct static_struct_asn / typedef
// why: ASN1_ARRAY_TYPE to struct asn1_static_node_st / asn1_static_node, keeping ASN1_ARRAY_TYPE as a macro:
// why: the same three members at offsets 0, 8 and 16 in 24 bytes and a pointer in the same register, so
// why: binaries are unaffected; the new name is an API change (a renamed struct of one layout, as in 24).
// abidiff: 4 disagree: abidiff reports the parameter's pointee renamed from ASN1_ARRAY_TYPE to asn1_static_node; both name a 24-byte struct with the same members at the same offsets, passed as the same pointer (as in 24).
//--- v1/libtasn1.h
typedef struct asn1_node_st *asn1_node;
#define ASN1_SUCCESS 0
#define ASN1_ELEMENT_NOT_FOUND 2
#define ASN1_MAX_ERROR_DESCRIPTION_SIZE 128
typedef struct static_struct_asn { const char *name; unsigned int type; const void *value; } ASN1_ARRAY_TYPE;
int asn1_array2tree(const ASN1_ARRAY_TYPE *array, asn1_node *definitions, char *errorDescription);
int asn1_delete_structure(asn1_node *structure);
//--- v2/libtasn1.h
typedef struct asn1_node_st *asn1_node;
#define ASN1_SUCCESS 0
#define ASN1_ELEMENT_NOT_FOUND 2
#define ASN1_MAX_ERROR_DESCRIPTION_SIZE 128
typedef struct asn1_static_node_st { const char *name; unsigned int type; const void *value; } asn1_static_node;
#define ASN1_ARRAY_TYPE asn1_static_node
int asn1_array2tree(const asn1_static_node *array, asn1_node *definitions, char *errorDescription);
int asn1_delete_structure(asn1_node *structure);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "libtasn1.h"
struct asn1_node_st { const char *name; unsigned int type; const void *value; struct asn1_node_st *down, *right; };
int asn1_array2tree(const ASN1_ARRAY_TYPE *array, asn1_node *definitions, char *errorDescription) {
  asn1_node first = NULL, *tail = &first;
  for (const ASN1_ARRAY_TYPE *p = array; p->name || p->type || p->value; p++) {
    asn1_node n = calloc(1, sizeof *n);
    if (!n) return 12;
    n->name = p->name; n->type = p->type; n->value = p->value;
    *tail = n; tail = &n->right;
  }
  if (!first) { if (errorDescription) strcpy(errorDescription, "empty definitions"); return ASN1_ELEMENT_NOT_FOUND; }
  *definitions = first;
  if (errorDescription) errorDescription[0] = 0;
  return ASN1_SUCCESS;
}
int asn1_delete_structure(asn1_node *structure) {
  for (asn1_node n = *structure, next; n; n = next) { next = n->right; free(n); }
  *structure = NULL; return ASN1_SUCCESS;
}
//--- v2
#include <stdlib.h>
#include <string.h>
#include "libtasn1.h"
struct asn1_node_st { const char *name; unsigned int type; const void *value; struct asn1_node_st *down, *right; };
int asn1_array2tree(const asn1_static_node *array, asn1_node *definitions, char *errorDescription) {
  asn1_node first = NULL, *tail = &first;
  for (const asn1_static_node *p = array; p->name || p->type || p->value; p++) {
    asn1_node n = calloc(1, sizeof *n);
    if (!n) return 12;
    n->name = p->name; n->type = p->type; n->value = p->value;
    *tail = n; tail = &n->right;
  }
  if (!first) { if (errorDescription) strcpy(errorDescription, "empty definitions"); return ASN1_ELEMENT_NOT_FOUND; }
  *definitions = first;
  if (errorDescription) errorDescription[0] = 0;
  return ASN1_SUCCESS;
}
int asn1_delete_structure(asn1_node *structure) {
  for (asn1_node n = *structure, next; n; n = next) { next = n->right; free(n); }
  *structure = NULL; return ASN1_SUCCESS;
}
