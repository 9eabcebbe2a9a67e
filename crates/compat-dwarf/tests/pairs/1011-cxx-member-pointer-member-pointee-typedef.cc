// expect: none
// why: Query::field is int Record::* in v1 and count_t Record::* in v2, with count_t a typedef of int: the same
// why: pointer to member, the same offsets selected and read with the same width. Nothing changes for binaries.
// abidiff: 0 agree
//--- v1/q.h
struct Record { int count; int flags; long total; };
struct Query { int Record::*field; int scale; };
long query_get(const Record *r, const Query *q);
//--- v2/q.h
typedef int count_t;
struct Record { count_t count; int flags; long total; };
struct Query { count_t Record::*field; int scale; };
long query_get(const Record *r, const Query *q);
//--- v1
#include "q.h"
long query_get(const Record *r, const Query *q) { return (long)(r->*(q->field)) * q->scale; }
//--- v2
#include "q.h"
long query_get(const Record *r, const Query *q) { return (long)(r->*(q->field)) * q->scale; }
