// expect: info
// why: union opt_value, embedded in the caller-filled struct setting, gains an int member that fits its
// why: existing 8 bytes: the union's size and alignment and every offset of struct setting are unchanged.
// abidiff: 0 agree
//--- v1/opt.h
union opt_value { long i; double d; void *p; };
struct setting { const char *key; union opt_value val; };
int set_option(const struct setting *s);
//--- v2/opt.h
union opt_value { long i; double d; void *p; int b; };
struct setting { const char *key; union opt_value val; };
int set_option(const struct setting *s);
//--- v1
#include "opt.h"
int set_option(const struct setting *s) { return s->key ? (int)s->val.i : 0; }
//--- v2
#include "opt.h"
int set_option(const struct setting *s) { return s->key ? (s->key[0] == 'b' ? s->val.b : (int)s->val.i) : 0; }
