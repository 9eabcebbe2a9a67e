// expect: none
// why: The reverse of 08: str_t ** spelled as char *** again; the same type behind three pointer levels.
// abidiff: 0 agree
//--- v1
typedef char *str_t;
struct argv3 { str_t **lists; int n; };
int count3(const struct argv3 *a, str_t **extra) { return a->n + (extra != 0); }
//--- v2
struct argv3 { char ***lists; int n; };
int count3(const struct argv3 *a, char ***extra) { return a->n + (extra != 0); }
