// expect: breaking
// why: Callers fill struct request (caller-allocated) and point its body member at a struct blob they
// why: allocate too; blob gains a member at the front, so the library reads len at the wrong offset.
// abidiff: 4 agree
//--- v1/req.h
struct blob { const void *data; unsigned long len; };
struct request { int method; struct blob *body; };
int send_request(const struct request *r);
//--- v2/req.h
struct blob { int kind; const void *data; unsigned long len; };
struct request { int method; struct blob *body; };
int send_request(const struct request *r);
//--- v1
#include "req.h"
int send_request(const struct request *r) { return r->method + (int)r->body->len; }
//--- v2
#include "req.h"
int send_request(const struct request *r) { return r->method + (int)r->body->len; }
