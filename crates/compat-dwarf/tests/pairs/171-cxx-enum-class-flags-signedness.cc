// expect: warning
// why: enum class Perm, a flag set stored in the caller-filled struct Entry, changes its underlying type
// why: from unsigned to int: same size, offset and register, so nothing moves, but flag words with the top
// why: bit set change sign for code that compares or shifts them.
// abidiff: 0 disagree: abidiff filters the change of Perm's underlying type from unsigned int to int as harmless; the layout holds, but the flag word's signedness flips, a risk stated as a warning (as in 22).
//--- v1/perm.h
enum class Perm : unsigned { None = 0, Read = 1, Write = 2, Exec = 4 };
struct Entry { const char *path; Perm perm; };
int apply(const Entry &e);
//--- v2/perm.h
enum class Perm : int { None = 0, Read = 1, Write = 2, Exec = 4 };
struct Entry { const char *path; Perm perm; };
int apply(const Entry &e);
//--- lib.cc
#include "perm.h"
int apply(const Entry &e) { return e.path ? static_cast<int>(e.perm) & 7 : -1; }
