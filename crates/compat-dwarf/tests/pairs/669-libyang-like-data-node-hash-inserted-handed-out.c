// expect: warning
// why: struct lyd_node is declared with its members in the public header and only the library creates nodes
// why: (lyd_new_term and lyd_child hand them out; consumers walk node->next and node->schema in the real API).
// why: v2 inserts uint32_t hash and uint32_t flags after schema, moving parent, next and prev: breaking for
// why: consumers that read the members, harmless for those that only pass the pointers back, and only the
// why: headers' documentation tells: an undecided type (as in 53 and 182).
// abidiff: 4 agree
//--- v1/tree_data.h
struct lysc_node;
struct lyd_node { const struct lysc_node *schema; struct lyd_node *parent; struct lyd_node *next; struct lyd_node *prev; void *priv; };
int lyd_new_term(struct lyd_node *parent, const char *name, const char *value, struct lyd_node **node);
struct lyd_node *lyd_child(const struct lyd_node *node);
//--- v2/tree_data.h
#include <stdint.h>
struct lysc_node;
struct lyd_node { const struct lysc_node *schema; uint32_t hash; uint32_t flags; struct lyd_node *parent; struct lyd_node *next; struct lyd_node *prev; void *priv; };
int lyd_new_term(struct lyd_node *parent, const char *name, const char *value, struct lyd_node **node);
struct lyd_node *lyd_child(const struct lyd_node *node);
//--- v1
#include <stdlib.h>
#include "tree_data.h"
struct lyd_inner { struct lyd_node node; struct lyd_node *child; };
int lyd_new_term(struct lyd_node *parent, const char *name, const char *value, struct lyd_node **node) { if (!name || !value) return 1; struct lyd_inner *n = calloc(1, sizeof *n); if (!n) return 2; n->node.parent = parent; n->node.prev = &n->node; if (node) *node = &n->node; return 0; }
struct lyd_node *lyd_child(const struct lyd_node *node) { return node ? ((const struct lyd_inner *)node)->child : 0; }
//--- v2
#include <stdlib.h>
#include <string.h>
#include "tree_data.h"
struct lyd_inner { struct lyd_node node; struct lyd_node *child; };
int lyd_new_term(struct lyd_node *parent, const char *name, const char *value, struct lyd_node **node) { if (!name || !value) return 1; struct lyd_inner *n = calloc(1, sizeof *n); if (!n) return 2; n->node.parent = parent; n->node.prev = &n->node; n->node.hash = (uint32_t)strlen(name) * 31u + (uint32_t)strlen(value); if (node) *node = &n->node; return 0; }
struct lyd_node *lyd_child(const struct lyd_node *node) { return node ? ((const struct lyd_inner *)node)->child : 0; }
