// expect: breaking
// why: A packed enum is one byte; v2 makes member kind an int: kind grows from 1 to 4 bytes and count moves
// why: from byte 1 to byte 4 in a caller-allocated struct.
// abidiff: 4 agree
//--- v1
enum __attribute__((packed)) kind { K_A, K_B };
struct item { enum kind kind; char count; };
int item_kind(const struct item *i) { return i->kind + i->count; }
//--- v2
struct item { int kind; char count; };
int item_kind(const struct item *i) { return i->kind + i->count; }
