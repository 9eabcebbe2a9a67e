// expect: breaking
// why: cmark_node_get_type returns cmark_node_type and cmark_node_new takes one. v2 inserts
// why: CMARK_NODE_FOOTNOTE_DEFINITION after CMARK_NODE_HTML_BLOCK without explicit values, so every later block and
// why: inline type is renumbered: old binaries compiled with CMARK_NODE_PARAGRAPH == 5 now ask for a footnote.
// abidiff: 4 agree
//--- v1/cmark.h
typedef enum { CMARK_NODE_NONE, CMARK_NODE_DOCUMENT, CMARK_NODE_BLOCK_QUOTE, CMARK_NODE_LIST, CMARK_NODE_HTML_BLOCK, CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING, CMARK_NODE_TEXT, CMARK_NODE_CODE } cmark_node_type;
typedef struct cmark_node cmark_node;
cmark_node *cmark_node_new(cmark_node_type type);
cmark_node_type cmark_node_get_type(cmark_node *node);
void cmark_node_free(cmark_node *node);
//--- v2/cmark.h
typedef enum { CMARK_NODE_NONE, CMARK_NODE_DOCUMENT, CMARK_NODE_BLOCK_QUOTE, CMARK_NODE_LIST, CMARK_NODE_HTML_BLOCK, CMARK_NODE_FOOTNOTE_DEFINITION, CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING, CMARK_NODE_TEXT, CMARK_NODE_CODE } cmark_node_type;
typedef struct cmark_node cmark_node;
cmark_node *cmark_node_new(cmark_node_type type);
cmark_node_type cmark_node_get_type(cmark_node *node);
void cmark_node_free(cmark_node *node);
//--- v1
#include <stdlib.h>
#include "cmark.h"
struct cmark_node { cmark_node_type type; cmark_node *parent, *first_child, *next; };
cmark_node *cmark_node_new(cmark_node_type type) { if (type > CMARK_NODE_CODE) return 0; cmark_node *n = calloc(1, sizeof *n); if (n) n->type = type; return n; }
cmark_node_type cmark_node_get_type(cmark_node *node) { return node ? node->type : CMARK_NODE_NONE; }
void cmark_node_free(cmark_node *node) { free(node); }
//--- v2
#include <stdlib.h>
#include "cmark.h"
struct cmark_node { cmark_node_type type; cmark_node *parent, *first_child, *next; };
cmark_node *cmark_node_new(cmark_node_type type) { if (type > CMARK_NODE_CODE) return 0; cmark_node *n = calloc(1, sizeof *n); if (n) n->type = type; return n; }
cmark_node_type cmark_node_get_type(cmark_node *node) { return node ? node->type : CMARK_NODE_NONE; }
void cmark_node_free(cmark_node *node) { free(node); }
