// expect: none
// why: str_t is char *, so str_t ** is char ***: the member and the parameter are the same type behind
// why: three pointer levels, spelled through a typedef.
// abidiff: 0 agree
//--- v1
struct argv3 { char ***lists; int n; };
int count3(const struct argv3 *a, char ***extra) { return a->n + (extra != 0); }
//--- v2
typedef char *str_t;
struct argv3 { str_t **lists; int n; };
int count3(const struct argv3 *a, str_t **extra) { return a->n + (extra != 0); }
