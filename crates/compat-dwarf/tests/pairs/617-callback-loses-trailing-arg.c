// expect: breaking
// why: The other side of round 15's fix for 590 (a callback parameter gaining trailing arguments is info):
// why: here the completion callback callers pass to job_submit loses its trailing void *user; the library no
// why: longer passes it (job_submit still takes user and ignores it), so an old callback reads its user pointer from whatever %rsi holds.
// abidiff: 4 agree
//--- v1/job.h
int job_submit(int id, void (*done)(int status, void *user), void *user);
//--- v2/job.h
int job_submit(int id, void (*done)(int status), void *user);
//--- v1
#include "job.h"
int job_submit(int id, void (*done)(int status, void *user), void *user) { done(id * 2, user); return 0; }
//--- v2
#include "job.h"
int job_submit(int id, void (*done)(int status), void *user) { (void)user; done(id * 2); return 0; }
