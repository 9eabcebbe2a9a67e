// expect: none
// why: cstr is const char *, so const cstr * is const char *const *: the same parameter type, with the
// why: const of the middle level spelled on the typedef instead of after the star.
// abidiff: 0 agree
//--- v1
int nargs(const char *const *argv) { int n = 0; while (argv[n]) n++; return n; }
//--- v2
typedef const char *cstr;
int nargs(const cstr *argv) { int n = 0; while (argv[n]) n++; return n; }
