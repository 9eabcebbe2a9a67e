// expect: breaking
// why: Base's member kind becomes protected. Base then has mixed access, so it is no longer POD for the purpose
// why: of layout, and the Itanium ABI lets a derived class reuse its tail padding: in the caller-allocated
// why: Node (node_flag takes it by reference), flag moves from byte 8 to byte 5 and sizeof(Node) shrinks from
// why: 12 to 8, although no declaration of Node changed.
// abidiff: 4 agree
//--- v1/node.h
struct Base { int id; char kind; };
struct Node : Base { char flag; };
int node_flag(const Node &n);
//--- v2/node.h
class Base { public: int id; protected: char kind; };
struct Node : Base { char flag; };
int node_flag(const Node &n);
//--- lib.cc
#include "node.h"
int node_flag(const Node &n) { return n.flag + n.id; }
