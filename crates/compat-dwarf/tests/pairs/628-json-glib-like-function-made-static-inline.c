// expect: breaking
// why: json_node_is_null moves into the header as a static inline function: sources still compile, but the
// why: library no longer exports the symbol, so binaries built against v1 fail to resolve it.
// abidiff: 12 agree
//--- v1/json.h
typedef struct { int type; void *value; } JsonNode;
int json_node_get_type(const JsonNode *n);
int json_node_is_null(const JsonNode *n);
//--- v2/json.h
typedef struct { int type; void *value; } JsonNode;
int json_node_get_type(const JsonNode *n);
static inline int json_node_is_null(const JsonNode *n) { return n == 0 || json_node_get_type(n) == 0; }
//--- v1
#include "json.h"
int json_node_get_type(const JsonNode *n) { return n->type; }
int json_node_is_null(const JsonNode *n) { return n == 0 || n->type == 0; }
//--- v2
#include "json.h"
int json_node_get_type(const JsonNode *n) { return n->type; }
