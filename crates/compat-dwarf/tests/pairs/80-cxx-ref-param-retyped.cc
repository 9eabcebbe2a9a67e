// expect: breaking
// why: int & becomes long &: a different mangled name (_Z4bumpRi to _Z4bumpRl), so the symbol old
// why: binaries link against is gone.
// abidiff: 12 agree
//--- v1
void bump(int &n) { n++; }
//--- v2
void bump(long &n) { n++; }
