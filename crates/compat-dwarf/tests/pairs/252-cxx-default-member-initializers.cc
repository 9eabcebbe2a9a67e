// expect: none
// why: RetryPolicy's members gain default member initializers (= 3, = 100): the struct keeps its size, offsets and
// why: triviality of copying, and the library never constructs one, so the types and symbols are the same; only
// why: newly compiled consumers that default-construct it get the defaults.
// abidiff: 0 agree
//--- v1/retry.h
struct RetryPolicy { int max_attempts; int backoff_ms; };
int client_set_retry(int client, const RetryPolicy &p);
//--- v2/retry.h
struct RetryPolicy { int max_attempts = 3; int backoff_ms = 100; };
int client_set_retry(int client, const RetryPolicy &p);
//--- v1
#include "retry.h"
static int delays[8];
int client_set_retry(int client, const RetryPolicy &p) { delays[client & 7] = p.max_attempts * p.backoff_ms; return 0; }
//--- v2
#include "retry.h"
static int delays[8];
int client_set_retry(int client, const RetryPolicy &p) { delays[client & 7] = p.max_attempts * p.backoff_ms; return 0; }
