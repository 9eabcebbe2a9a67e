// expect: warning
// why: struct xml_node (libxml2's xmlNode) is declared with its members in the header and only handed out by
// why: the library (xml_parse_root, and as the children/next links). v2 inserts a _private pointer first, so
// why: name, children and next move by 8 bytes: consumers that walk node->children directly, as libxml2 users
// why: do, break; whether they may do so only the public headers can tell, so undecided.
// abidiff: 4 agree
//--- v1/tree.h
struct xml_node { int type; const char *name; struct xml_node *children; struct xml_node *next; char *content; };
struct xml_node *xml_parse_root(const char *text);
const char *xml_node_name(const struct xml_node *n);
//--- v2/tree.h
struct xml_node { void *_private; int type; const char *name; struct xml_node *children; struct xml_node *next;
                  char *content; };
struct xml_node *xml_parse_root(const char *text);
const char *xml_node_name(const struct xml_node *n);
//--- lib.c
#include <stdlib.h>
#include "tree.h"
struct xml_node *xml_parse_root(const char *text)
{
    struct xml_node *n = calloc(1, sizeof *n);
    if (n) { n->type = 1; n->name = text; }
    return n;
}
const char *xml_node_name(const struct xml_node *n) { return n->name; }
