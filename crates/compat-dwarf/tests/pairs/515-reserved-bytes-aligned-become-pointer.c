// expect: info
// why: struct task_opts is caller-allocated (task_submit takes a pointer; nothing hands one out). v1 has long
// why: priority at byte 0 and char reserved[8] at byte 8; v2 replaces reserved with void *user_data: 8 bytes at
// why: byte 8, which is 8-aligned, so deadline stays at 16 and the struct at 24 bytes. Callers that zeroed
// why: reserved now pass user_data = NULL: reserved space used in place (as in 32 and 34).
// abidiff: 4 disagree: abidiff reports reserved replaced by user_data; the pointer fills exactly the 8 reserved bytes at an 8-aligned offset and every other member keeps its place (as in 32).
//--- v1/task.h
struct task_opts { long priority; char reserved[8]; int deadline; };
int task_submit(const char *name, const struct task_opts *opts);
//--- v2/task.h
struct task_opts { long priority; void *user_data; int deadline; };
int task_submit(const char *name, const struct task_opts *opts);
//--- v1
#include "task.h"
int task_submit(const char *name, const struct task_opts *opts) { return name ? (int)opts->priority * 1000 + opts->deadline : -1; }
//--- v2
#include "task.h"
int task_submit(const char *name, const struct task_opts *opts) { return name ? (int)opts->priority * 1000 + opts->deadline + (opts->user_data != 0) : -1; }
