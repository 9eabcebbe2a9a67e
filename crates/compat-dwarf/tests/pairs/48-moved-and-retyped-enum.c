// expect: breaking
// why: The by-value struct gains a long at the front, so kind (respelled from enum kind to unsigned int,
// why: its underlying type) moves from byte 0 to byte 8: a move, reported as one.
// abidiff: 4 agree
// message: moved
//--- v1
enum kind { K_A, K_B };
struct node { enum kind kind; int val; };
int node_val(struct node n) { return n.val + n.kind; }
//--- v2
struct node { long id; unsigned int kind; int val; };
int node_val(struct node n) { return n.val + (int)n.kind; }
