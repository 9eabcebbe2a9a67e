// expect: none
// why: The members events and revents of the caller-allocated array element struct pollitem are respelled
// why: through a new typedef evmask_t of short: the same type, so element size and offsets are unchanged.
// abidiff: 0 agree
//--- v1/poll.h
struct pollitem { int fd; short events; short revents; };
int poll_items(struct pollitem *items, int n, int timeout);
//--- v2/poll.h
typedef short evmask_t;
struct pollitem { int fd; evmask_t events; evmask_t revents; };
int poll_items(struct pollitem *items, int n, int timeout);
//--- v1
#include "poll.h"
int poll_items(struct pollitem *items, int n, int timeout) { for (int i = 0; i < n; i++) items[i].revents = items[i].events; return timeout; }
//--- v2
#include "poll.h"
int poll_items(struct pollitem *items, int n, int timeout) { for (int i = 0; i < n; i++) items[i].revents = items[i].events; return timeout; }
