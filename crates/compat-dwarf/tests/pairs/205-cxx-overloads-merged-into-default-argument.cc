// expect: breaking
// why: The overloads file::open(const char *) and file::open(const char *, int) are merged into one
// why: open(const char *, int mode = 0): source still compiles, but the symbol _ZN4file4openEPKc is removed and
// why: old binaries calling the one-argument overload fail to resolve it.
// abidiff: 12 agree
//--- v1/file.h
namespace file { int open(const char *path); int open(const char *path, int mode); }
//--- v2/file.h
namespace file { int open(const char *path, int mode = 0); }
//--- v1
#include "file.h"
namespace file {
int open(const char *path, int mode) { return path ? mode : -1; }
int open(const char *path) { return open(path, 0); }
}
//--- v2
#include "file.h"
namespace file { int open(const char *path, int mode) { return path ? mode : -1; } }
