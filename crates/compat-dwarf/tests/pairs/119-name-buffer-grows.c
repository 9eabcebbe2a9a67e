// expect: breaking
// why: struct account is caller-filled (acct_add takes a pointer, nothing hands one out); name grows from
// why: char[32] to char[64], so uid moves from byte 32 to byte 64 and the struct from 36 to 68 bytes.
// abidiff: 4 agree
//--- v1/acct.h
struct account { char name[32]; int uid; };
int acct_add(const struct account *a);
//--- v2/acct.h
struct account { char name[64]; int uid; };
int acct_add(const struct account *a);
//--- v1
#include "acct.h"
int acct_add(const struct account *a) { return a->name[0] ? a->uid : -1; }
//--- v2
#include "acct.h"
int acct_add(const struct account *a) { return a->name[0] ? a->uid : -1; }
