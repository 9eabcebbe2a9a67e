// expect: breaking
// why: struct av_buf_priv is declared in buf-private.h, a header whose name marks it internal, but it is embedded
// why: by value in struct av_packet, which callers allocate and pass to av_packet_init. v2 adds a member to it:
// why: av_packet grows from 32 to 40 bytes and its flags member moves, whatever the header's name says.
// abidiff: 4 agree
//--- v1/buf-private.h
struct av_buf_priv { void *opaque; int refcount; };
//--- v2/buf-private.h
struct av_buf_priv { void *opaque; int refcount; int pool_index; void *pool; };
//--- packet.h
#include "buf-private.h"
struct av_packet { long pts; struct av_buf_priv buf; int flags; };
int av_packet_init(struct av_packet *pkt);
int av_packet_flags(const struct av_packet *pkt);
//--- v1
#include <string.h>
#include "packet.h"
int av_packet_init(struct av_packet *pkt) { memset(pkt, 0, sizeof *pkt); pkt->buf.refcount = 1; return 0; }
int av_packet_flags(const struct av_packet *pkt) { return pkt->flags; }
//--- v2
#include <string.h>
#include "packet.h"
int av_packet_init(struct av_packet *pkt) { memset(pkt, 0, sizeof *pkt); pkt->buf.refcount = 1; pkt->buf.pool_index = -1; return 0; }
int av_packet_flags(const struct av_packet *pkt) { return pkt->flags; }
