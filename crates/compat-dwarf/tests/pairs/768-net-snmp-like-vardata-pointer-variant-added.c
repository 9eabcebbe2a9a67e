// expect: info
// why: netsnmp_vardata is a union of pointers inside struct variable_list, which snmp_pdu_add_variable hands out and
// why: callers also build. v2 adds a pointer variant (struct counter128 *counter128): every variant is an 8-byte
// why: pointer at offset 0, so the union stays 8 bytes with 8-byte alignment and variable_list's layout is
// why: untouched. An API addition only.
// abidiff: 0 agree
//--- v1/snmp_api.h
#include <stddef.h>
typedef unsigned long oid;
struct counter64 { unsigned long high; unsigned long low; };
typedef union { long *integer; unsigned char *string; oid *objid; unsigned char *bitstring; struct counter64 *counter64; float *floatVal; double *doubleVal; } netsnmp_vardata;
typedef struct variable_list { struct variable_list *next_variable; oid *name; size_t name_length; unsigned char type; netsnmp_vardata val; size_t val_len; } netsnmp_variable_list;
typedef struct snmp_pdu { int command; netsnmp_variable_list *variables; } netsnmp_pdu;
netsnmp_variable_list *snmp_pdu_add_variable(netsnmp_pdu *pdu, const oid *name, size_t name_length, unsigned char type, const void *value, size_t len);
long snmp_var_integer(const netsnmp_variable_list *var);
void snmp_free_varbind(netsnmp_variable_list *var);
//--- v2/snmp_api.h
#include <stddef.h>
typedef unsigned long oid;
struct counter64 { unsigned long high; unsigned long low; };
struct counter128 { unsigned long words[2]; unsigned long high; unsigned long low; };
typedef union { long *integer; unsigned char *string; oid *objid; unsigned char *bitstring; struct counter64 *counter64; float *floatVal; double *doubleVal; struct counter128 *counter128; } netsnmp_vardata;
typedef struct variable_list { struct variable_list *next_variable; oid *name; size_t name_length; unsigned char type; netsnmp_vardata val; size_t val_len; } netsnmp_variable_list;
typedef struct snmp_pdu { int command; netsnmp_variable_list *variables; } netsnmp_pdu;
netsnmp_variable_list *snmp_pdu_add_variable(netsnmp_pdu *pdu, const oid *name, size_t name_length, unsigned char type, const void *value, size_t len);
long snmp_var_integer(const netsnmp_variable_list *var);
void snmp_free_varbind(netsnmp_variable_list *var);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "snmp_api.h"
netsnmp_variable_list *snmp_pdu_add_variable(netsnmp_pdu *pdu, const oid *name, size_t name_length, unsigned char type, const void *value, size_t len) {
    netsnmp_variable_list *v = calloc(1, sizeof *v); if (!v) return 0;
    v->name = malloc(name_length * sizeof(oid)); if (v->name) memcpy(v->name, name, name_length * sizeof(oid)); v->name_length = name_length; v->type = type;
    v->val.string = malloc(len ? len : 1); if (v->val.string && len) memcpy(v->val.string, value, len); v->val_len = len;
    v->next_variable = pdu->variables; pdu->variables = v; return v;
}
long snmp_var_integer(const netsnmp_variable_list *var) { return var->type == 2 && var->val_len >= sizeof(long) ? *var->val.integer : 0; }
void snmp_free_varbind(netsnmp_variable_list *var) { while (var) { netsnmp_variable_list *n = var->next_variable; free(var->name); free(var->val.string); free(var); var = n; } }
//--- v2
#include <stdlib.h>
#include <string.h>
#include "snmp_api.h"
netsnmp_variable_list *snmp_pdu_add_variable(netsnmp_pdu *pdu, const oid *name, size_t name_length, unsigned char type, const void *value, size_t len) {
    netsnmp_variable_list *v = calloc(1, sizeof *v); if (!v) return 0;
    v->name = malloc(name_length * sizeof(oid)); if (v->name) memcpy(v->name, name, name_length * sizeof(oid)); v->name_length = name_length; v->type = type;
    v->val.string = malloc(len ? len : 1); if (v->val.string && len) memcpy(v->val.string, value, len); v->val_len = len;
    v->next_variable = pdu->variables; pdu->variables = v; return v;
}
long snmp_var_integer(const netsnmp_variable_list *var) { if (var->type == 0x50 && var->val_len >= sizeof(struct counter128)) return (long)var->val.counter128->low; return var->type == 2 && var->val_len >= sizeof(long) ? *var->val.integer : 0; }
void snmp_free_varbind(netsnmp_variable_list *var) { while (var) { netsnmp_variable_list *n = var->next_variable; free(var->name); free(var->val.string); free(var); var = n; } }
