// expect: breaking
// why: struct nn_msghdr is filled by callers and handed to nn_sendmsg (nothing hands one out). v2 widens
// why: msg_iovlen from int to size_t: it stays at byte 8 and msg_control at byte 16 (the new four bytes come out of
// why: the alignment padding), but the library now reads eight bytes where old callers wrote four, the upper half
// why: being whatever their padding held: a member read with another size (as in 641).
// abidiff: 4 agree
//--- v1/nn.h
#include <stddef.h>
struct nn_iovec { void *iov_base; size_t iov_len; };
struct nn_msghdr { struct nn_iovec *msg_iov; int msg_iovlen; void *msg_control; size_t msg_controllen; };
int nn_socket(int domain, int protocol);
int nn_sendmsg(int s, const struct nn_msghdr *msghdr, int flags);
//--- v2/nn.h
#include <stddef.h>
struct nn_iovec { void *iov_base; size_t iov_len; };
struct nn_msghdr { struct nn_iovec *msg_iov; size_t msg_iovlen; void *msg_control; size_t msg_controllen; };
int nn_socket(int domain, int protocol);
int nn_sendmsg(int s, const struct nn_msghdr *msghdr, int flags);
//--- v1
#include "nn.h"
int nn_socket(int domain, int protocol) { return domain == 1 ? protocol & 0xff : -1; }
int nn_sendmsg(int s, const struct nn_msghdr *m, int flags) { (void)flags; if (s < 0 || !m) return -1; size_t total = 0; for (int i = 0; i < m->msg_iovlen; i++) total += m->msg_iov[i].iov_len; return (int)total; }
//--- v2
#include "nn.h"
int nn_socket(int domain, int protocol) { return domain == 1 ? protocol & 0xff : -1; }
int nn_sendmsg(int s, const struct nn_msghdr *m, int flags) { (void)flags; if (s < 0 || !m) return -1; size_t total = 0; for (size_t i = 0; i < m->msg_iovlen; i++) total += m->msg_iov[i].iov_len; return (int)total; }
