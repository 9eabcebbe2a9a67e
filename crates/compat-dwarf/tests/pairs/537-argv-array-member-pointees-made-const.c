// expect: info
// why: struct spawn_attr is caller-allocated and filled (struct spawn_attr a = {...}; proc_spawn(&a)). v2 declares
// why: its char *argv[8] and char *envp[8] as const char *argv[8] and const char *envp[8]: the same 64-byte arrays
// why: of pointers at the same offsets; the library now promises not to write through them, which every old
// why: caller accepts: an API change only (as in 486).
// abidiff: 4 disagree: abidiff reports argv and envp changed from char *[8] to const char *[8]; the arrays of pointers keep their size and offsets, and const on the pointees only promises the library will not write through them (as in 486).
//--- v1/spawn.h
struct spawn_attr { const char *path; char *argv[8]; char *envp[8]; int flags; };
int proc_spawn(const struct spawn_attr *a);
//--- v2/spawn.h
struct spawn_attr { const char *path; const char *argv[8]; const char *envp[8]; int flags; };
int proc_spawn(const struct spawn_attr *a);
//--- v1
#include <string.h>
#include "spawn.h"
int proc_spawn(const struct spawn_attr *a) { int n = 0; while (n < 8 && a->argv[n]) n++; return a->path ? n + (int)strlen(a->path) + a->flags : -1; }
//--- v2
#include <string.h>
#include "spawn.h"
int proc_spawn(const struct spawn_attr *a) { int n = 0; while (n < 8 && a->argv[n]) n++; return a->path ? n + (int)strlen(a->path) + a->flags : -1; }
