// expect: warning
// why: Bit-field level of the caller-filled struct tx_opts goes from unsigned int : 3 to int : 3: the same three
// why: bits at the same offset, so nothing moves, but levels 4..7 written by old callers now read as -4..-1.
// abidiff: 4 agree
//--- v1/tx.h
struct tx_opts { unsigned int level : 3; unsigned int retries : 5; int timeout_ms; };
int tx_send(const void *buf, unsigned long n, const struct tx_opts *o);
//--- v2/tx.h
struct tx_opts { int level : 3; unsigned int retries : 5; int timeout_ms; };
int tx_send(const void *buf, unsigned long n, const struct tx_opts *o);
//--- lib.c
#include "tx.h"
int tx_send(const void *buf, unsigned long n, const struct tx_opts *o) { return buf ? (int)n + o->level * 100 + (int)o->retries + o->timeout_ms : -1; }
