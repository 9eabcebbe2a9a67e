// expect: warning
// why: Member done of the caller-allocated struct gains volatile: same size and offset, no layout change;
// why: the access semantics differ (the library now rereads it), so a warning, not a break.
// abidiff: 4 agree
//--- v1
struct job { int id; int done; };
int job_wait(struct job *j) { while (!j->done) {} return j->id; }
//--- v2
struct job { int id; volatile int done; };
int job_wait(struct job *j) { while (!j->done) {} return j->id; }
