// expect: breaking
// why: The other side of 560's printing: struct open_req is caller-allocated (fs_open_req takes a pointer,
// why: nothing hands one out) and its char path[256] becomes char path[4096] (PATH_MAX): the struct grows from 260
// why: to 4100 bytes and flags moves from byte 256 to 4096. GCC encodes the old upper bound, 255, in one byte,
// why: which must read as 256 elements, not as an all-ones "no elements" bound.
// message: char[256] to char[4096]
// abidiff: 4 agree
//--- v1/req.h
struct open_req { char path[256]; int flags; };
int fs_open_req(const struct open_req *r);
//--- v2/req.h
struct open_req { char path[4096]; int flags; };
int fs_open_req(const struct open_req *r);
//--- v1
#include "req.h"
int fs_open_req(const struct open_req *r) { return r->path[0] ? r->flags : -1; }
//--- v2
#include "req.h"
int fs_open_req(const struct open_req *r) { return r->path[0] ? r->flags : -1; }
