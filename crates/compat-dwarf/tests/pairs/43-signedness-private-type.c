// expect: info
// why: count changes signedness in struct state, which is defined only in the library's source and
// why: handed out as a pointer (state_new): consumers never see its members, so nothing of theirs changes.
// abidiff: 4 disagree: abidiff has no notion of a source-only type without --headers-dir and reports struct state's member change; consumers only hold struct state * from state_new and cannot see its members.
//--- state.h
struct state;
struct state *state_new(void);
int state_count(const struct state *s);
//--- v1
#include <stdlib.h>
#include "state.h"
struct state { int count; int cap; };
struct state *state_new(void) { return calloc(1, sizeof(struct state)); }
int state_count(const struct state *s) { return s->count; }
//--- v2
#include <stdlib.h>
#include "state.h"
struct state { unsigned int count; int cap; };
struct state *state_new(void) { return calloc(1, sizeof(struct state)); }
int state_count(const struct state *s) { return (int)s->count; }
