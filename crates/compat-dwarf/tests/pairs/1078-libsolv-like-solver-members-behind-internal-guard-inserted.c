// expect: info
// why: solver.h defines struct s_Solver's members only under #ifdef LIBSOLV_INTERNAL, which the library's own
// why: sources define and consumers do not: to them Solver is an incomplete type they hold through solver_create's
// why: pointer and hand back to solver_solve and solver_set_flag. v2 inserts favormap and the new flag members in the
// why: middle of the struct; no consumer can read a member or know its size, so only the library is affected.
// abidiff: 4 disagree: the struct's members are visible only to the library's sources (LIBSOLV_INTERNAL); consumers hold pointers.
// known-miss: warning: compat reports s_Solver's members moved and calls the struct undecided (declared with its members in the header solver.h, reached only through solver_create's pointers), but the members exist only for translation units that define LIBSOLV_INTERNAL, which the library's sources do and consumers do not; a preprocessor guard, like 969's macro, leaves no trace in DWARF built with -g, and a header type only handed out stays undecided.
//--- v1/solver.h
typedef int Id;
typedef struct s_Pool Pool;
typedef struct s_Queue { Id *elements; int count; Id *alloc; int left; } Queue;
typedef struct s_Solver Solver;
#ifdef LIBSOLV_INTERNAL
struct s_Solver {
    Pool *pool;
    Queue job;
    int (*solution_callback)(struct s_Solver *solv, void *data);
    void *solution_callback_data;
    int pooljobcnt;
    Queue ruletojob;
    int allowdowngrade;
    int allowuninstall;
    int focus_installed;
    Queue problems;
};
#endif
#define SOLVER_FLAG_ALLOW_DOWNGRADE 1
#define SOLVER_FLAG_ALLOW_UNINSTALL 4
#define SOLVER_FLAG_FOCUS_INSTALLED 20
void queue_init(Queue *q);
void queue_push(Queue *q, Id id);
void queue_free(Queue *q);
Pool *pool_create(void);
void pool_free(Pool *pool);
Solver *solver_create(Pool *pool);
void solver_free(Solver *solv);
int solver_set_flag(Solver *solv, int flag, int value);
int solver_solve(Solver *solv, Queue *job);
//--- v2/solver.h
typedef int Id;
typedef struct s_Pool Pool;
typedef struct s_Queue { Id *elements; int count; Id *alloc; int left; } Queue;
typedef struct s_Solver Solver;
#ifdef LIBSOLV_INTERNAL
struct s_Solver {
    Pool *pool;
    Queue job;
    int (*solution_callback)(struct s_Solver *solv, void *data);
    void *solution_callback_data;
    int pooljobcnt;
    Queue ruletojob;
    Queue favormap;
    int allowdowngrade;
    int allowuninstall;
    int focus_installed;
    int focus_best;
    int strongrecommends;
    Queue problems;
};
#endif
#define SOLVER_FLAG_ALLOW_DOWNGRADE 1
#define SOLVER_FLAG_ALLOW_UNINSTALL 4
#define SOLVER_FLAG_FOCUS_INSTALLED 20
#define SOLVER_FLAG_FOCUS_BEST 24
#define SOLVER_FLAG_STRONG_RECOMMENDS 25
void queue_init(Queue *q);
void queue_push(Queue *q, Id id);
void queue_free(Queue *q);
Pool *pool_create(void);
void pool_free(Pool *pool);
Solver *solver_create(Pool *pool);
void solver_free(Solver *solv);
int solver_set_flag(Solver *solv, int flag, int value);
int solver_solve(Solver *solv, Queue *job);
//--- v1
#include <stdlib.h>
#define LIBSOLV_INTERNAL
#include "solver.h"
struct s_Pool { int nsolvables; };
void queue_init(Queue *q) { q->elements = q->alloc = NULL; q->count = q->left = 0; }
void queue_push(Queue *q, Id id) {
    if (!q->left) { Id *n = realloc(q->alloc, sizeof(Id) * (size_t)(q->count + 8)); if (!n) return; q->alloc = q->elements = n; q->left = 8; }
    q->elements[q->count++] = id; q->left--;
}
void queue_free(Queue *q) { free(q->alloc); queue_init(q); }
Pool *pool_create(void) { return calloc(1, sizeof(Pool)); }
void pool_free(Pool *pool) { free(pool); }
Solver *solver_create(Pool *pool) { Solver *s = calloc(1, sizeof *s); s->pool = pool; queue_init(&s->job); queue_init(&s->ruletojob); queue_init(&s->problems); return s; }
void solver_free(Solver *s) { queue_free(&s->job); queue_free(&s->ruletojob); queue_free(&s->problems); free(s); }
int solver_set_flag(Solver *s, int flag, int value) {
    int old;
    switch (flag) {
    case SOLVER_FLAG_ALLOW_DOWNGRADE: old = s->allowdowngrade; s->allowdowngrade = value; return old;
    case SOLVER_FLAG_ALLOW_UNINSTALL: old = s->allowuninstall; s->allowuninstall = value; return old;
    case SOLVER_FLAG_FOCUS_INSTALLED: old = s->focus_installed; s->focus_installed = value; return old;
    default: return -1;
    }
}
int solver_solve(Solver *s, Queue *job) {
    for (int i = 0; i < job->count; i++) queue_push(&s->job, job->elements[i]);
    s->pooljobcnt = job->count;
    if (s->job.count > s->pool->nsolvables && !s->allowuninstall) queue_push(&s->problems, 1);
    return s->problems.count;
}
//--- v2
#include <stdlib.h>
#define LIBSOLV_INTERNAL
#include "solver.h"
struct s_Pool { int nsolvables; };
void queue_init(Queue *q) { q->elements = q->alloc = NULL; q->count = q->left = 0; }
void queue_push(Queue *q, Id id) {
    if (!q->left) { Id *n = realloc(q->alloc, sizeof(Id) * (size_t)(q->count + 8)); if (!n) return; q->alloc = q->elements = n; q->left = 8; }
    q->elements[q->count++] = id; q->left--;
}
void queue_free(Queue *q) { free(q->alloc); queue_init(q); }
Pool *pool_create(void) { return calloc(1, sizeof(Pool)); }
void pool_free(Pool *pool) { free(pool); }
Solver *solver_create(Pool *pool) { Solver *s = calloc(1, sizeof *s); s->pool = pool; queue_init(&s->job); queue_init(&s->ruletojob); queue_init(&s->favormap); queue_init(&s->problems); return s; }
void solver_free(Solver *s) { queue_free(&s->job); queue_free(&s->ruletojob); queue_free(&s->favormap); queue_free(&s->problems); free(s); }
int solver_set_flag(Solver *s, int flag, int value) {
    int old;
    switch (flag) {
    case SOLVER_FLAG_ALLOW_DOWNGRADE: old = s->allowdowngrade; s->allowdowngrade = value; return old;
    case SOLVER_FLAG_ALLOW_UNINSTALL: old = s->allowuninstall; s->allowuninstall = value; return old;
    case SOLVER_FLAG_FOCUS_INSTALLED: old = s->focus_installed; s->focus_installed = value; return old;
    case SOLVER_FLAG_FOCUS_BEST: old = s->focus_best; s->focus_best = value; return old;
    case SOLVER_FLAG_STRONG_RECOMMENDS: old = s->strongrecommends; s->strongrecommends = value; return old;
    default: return -1;
    }
}
int solver_solve(Solver *s, Queue *job) {
    for (int i = 0; i < job->count; i++) queue_push(&s->job, job->elements[i]);
    s->pooljobcnt = job->count;
    if (s->job.count > s->pool->nsolvables && !s->allowuninstall && !s->focus_best) queue_push(&s->problems, 1);
    return s->problems.count;
}
