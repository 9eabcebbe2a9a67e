// expect: breaking
// why: val_t goes from int to long: callers of sum fill struct series (caller-allocated) with a pointer to
// why: their own val_t array, which the library now reads with 8-byte elements.
// abidiff: 4 agree
//--- v1
typedef int val_t;
struct series { val_t *vals; int n; };
long sum(const struct series *s) { long t = 0; for (int i = 0; i < s->n; i++) t += s->vals[i]; return t; }
//--- v2
typedef long val_t;
struct series { val_t *vals; int n; };
long sum(const struct series *s) { long t = 0; for (int i = 0; i < s->n; i++) t += s->vals[i]; return t; }
