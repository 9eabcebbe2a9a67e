// expect: breaking
// why: struct job_opts is caller-allocated (job_submit takes a pointer; nothing hands one out). v1 has int
// why: priority at byte 0 and char reserved[8] at byte 4; v2 replaces reserved with void *user_data, which needs
// why: 8-byte alignment: it lands at byte 8, not 4, so deadline moves from 12 to 16 and the struct grows from 16
// why: to 24 bytes. Reserved space can only be reused by a member that fits its offset and alignment.
// abidiff: 4 agree
//--- v1/job.h
struct job_opts { int priority; char reserved[8]; int deadline; };
int job_submit(const char *name, const struct job_opts *opts);
//--- v2/job.h
struct job_opts { int priority; void *user_data; int deadline; };
int job_submit(const char *name, const struct job_opts *opts);
//--- v1
#include "job.h"
int job_submit(const char *name, const struct job_opts *opts) { return name ? opts->priority * 1000 + opts->deadline : -1; }
//--- v2
#include "job.h"
int job_submit(const char *name, const struct job_opts *opts) { return name ? opts->priority * 1000 + opts->deadline + (opts->user_data != 0) : -1; }
