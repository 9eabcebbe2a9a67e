// expect: info
// why: enum delta has a negative enumerator, so its underlying type is int; v2 spells the member of the
// why: caller-allocated struct as int: same size, signedness and offset.
// abidiff: 0 agree
//--- v1
enum delta { BACK = -1, STAY = 0, FWD = 1 };
struct step { enum delta d; int n; };
int walk(const struct step *s) { return s->d * s->n; }
//--- v2
struct step { int d; int n; };
int walk(const struct step *s) { return s->d * s->n; }
