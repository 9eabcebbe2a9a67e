// expect: info
// why: Callers fill struct request, but its impl member points to struct request_impl, which the header
// why: only forward-declares and the library's source defines: callers cannot allocate or read it (they
// why: leave it NULL or take it from the library), so its change is invisible to them.
// abidiff: 4 disagree: as 55: struct request_impl is defined only in the library's source; callers of send_request cannot allocate or read it.
//--- req.h
struct request_impl;
struct request { int method; struct request_impl *impl; };
int send_request(const struct request *r);
//--- v1
#include "req.h"
struct request_impl { int state; };
int send_request(const struct request *r) { return r->method + (r->impl ? r->impl->state : 0); }
//--- v2
#include "req.h"
struct request_impl { long started; int state; };
int send_request(const struct request *r) { return r->method + (r->impl ? r->impl->state : 0); }
