// expect: breaking
// why: struct Query is caller-filled (query_get takes a const Query * and no export hands one out) and its member field
// why: selects a member of Record: int Record::* in v1, long Record::* in v2. Consumers built against v1 store
// why: &Record::count (the offset of an int); v2 reads a long there: eight bytes where four were meant.
// abidiff: 0 disagree: libabigail 2.2 drops members of pointer-to-member type (abidw lists Query without field), so it sees no change; v2 reads a long where consumers selected an int.
// message: long int Record::*
//--- v1/q.h
struct Record { int count; int flags; long total; };
struct Query { int Record::*field; int scale; };
long query_get(const Record *r, const Query *q);
//--- v2/q.h
struct Record { int count; int flags; long total; };
struct Query { long Record::*field; int scale; };
long query_get(const Record *r, const Query *q);
//--- v1
#include "q.h"
long query_get(const Record *r, const Query *q) { return (long)(r->*(q->field)) * q->scale; }
//--- v2
#include "q.h"
long query_get(const Record *r, const Query *q) { return (r->*(q->field)) * q->scale; }
