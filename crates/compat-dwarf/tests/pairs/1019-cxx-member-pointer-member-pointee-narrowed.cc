// expect: breaking
// why: The other direction of 1010: Query::field goes from long Record::* to int Record::*. Consumers built against v1
// why: store &Record::total (the offset of a long); v2 reads only four of its eight bytes.
// abidiff: 0 disagree: libabigail 2.2 drops members of pointer-to-member type (abidw lists Query without field), so it sees no change; v2 reads four bytes of the long consumers selected.
// message: int Record::*
//--- v1/q.h
struct Record { int count; int flags; long total; };
struct Query { long Record::*field; int scale; };
long query_get(const Record *r, const Query *q);
//--- v2/q.h
struct Record { int count; int flags; long total; };
struct Query { int Record::*field; int scale; };
long query_get(const Record *r, const Query *q);
//--- v1
#include "q.h"
long query_get(const Record *r, const Query *q) { return (r->*(q->field)) * q->scale; }
//--- v2
#include "q.h"
long query_get(const Record *r, const Query *q) { return (long)(r->*(q->field)) * q->scale; }
