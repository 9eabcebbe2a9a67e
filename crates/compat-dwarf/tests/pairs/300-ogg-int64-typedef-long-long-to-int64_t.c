// expect: info
// why: ogg_int64_t, the type of granulepos and packetno in the caller-filled ogg_packet passed to
// why: ogg_stream_packetin, changes from long long to int64_t (long on x86-64): both are 8-byte signed
// why: integers, so ogg_packet keeps its layout and values and C symbols carry no types; only the spelling of
// why: the type changed (as in 126).
// abidiff: 4 disagree: abidiff reports the typedef's underlying type changed from long long int to long int; both are 8-byte signed integers.
//--- v1/ogg.h
typedef long long ogg_int64_t;
typedef struct { unsigned char *packet; long bytes; long b_o_s; long e_o_s; ogg_int64_t granulepos; ogg_int64_t packetno; } ogg_packet;
typedef struct ogg_stream_state ogg_stream_state;
ogg_stream_state *ogg_stream_create(int serialno);
int ogg_stream_packetin(ogg_stream_state *os, ogg_packet *op);
ogg_int64_t ogg_stream_granule(const ogg_stream_state *os);
//--- v2/ogg.h
#include <stdint.h>
typedef int64_t ogg_int64_t;
typedef struct { unsigned char *packet; long bytes; long b_o_s; long e_o_s; ogg_int64_t granulepos; ogg_int64_t packetno; } ogg_packet;
typedef struct ogg_stream_state ogg_stream_state;
ogg_stream_state *ogg_stream_create(int serialno);
int ogg_stream_packetin(ogg_stream_state *os, ogg_packet *op);
ogg_int64_t ogg_stream_granule(const ogg_stream_state *os);
//--- lib.c
#include <stdlib.h>
#include "ogg.h"
struct ogg_stream_state { int serialno; long body_fill; ogg_int64_t granulepos; ogg_int64_t packetno; };
ogg_stream_state *ogg_stream_create(int serialno) { ogg_stream_state *s = calloc(1, sizeof *s); if (s) s->serialno = serialno; return s; }
int ogg_stream_packetin(ogg_stream_state *os, ogg_packet *op) {
  if (!os || !op || op->bytes < 0) return -1;
  os->body_fill += op->bytes; os->granulepos = op->granulepos; os->packetno = op->packetno + 1;
  return 0;
}
ogg_int64_t ogg_stream_granule(const ogg_stream_state *os) { return os ? os->granulepos : -1; }
