// expect: breaking
// why: struct limits is embedded by value in the caller-allocated struct job_spec; limits gains a member,
// why: so job_spec grows and its member name moves from byte 8 to byte 16.
// abidiff: 4 agree
//--- v1/job.h
struct limits { int cpu; int mem; };
struct job_spec { struct limits lim; const char *name; };
int job_submit(const struct job_spec *s);
//--- v2/job.h
struct limits { int cpu; int mem; long io; };
struct job_spec { struct limits lim; const char *name; };
int job_submit(const struct job_spec *s);
//--- v1
#include "job.h"
int job_submit(const struct job_spec *s) { return s->lim.cpu + (s->name != 0); }
//--- v2
#include "job.h"
int job_submit(const struct job_spec *s) { return s->lim.cpu + (s->name != 0); }
