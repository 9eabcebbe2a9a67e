// expect: breaking
// why: The other side of 846: struct meter_levels is allocated by callers and only written by meter_read (an
// why: out-parameter, no callback in it), as SCARD_READERSTATE is. v2 makes uint8_t peak[4] uint16_t peak[4]: the
// why: array still ends inside the struct's tail padding and the size (16 bytes) holds, but its elements widened,
// why: so peak[1] moves from byte 9 to byte 10 and old callers read each level from the wrong bytes.
// abidiff: 4 agree
//--- v1/meter.h
#include <stdint.h>
struct meter;
struct meter_levels { uint64_t timestamp; uint8_t peak[4]; };
struct meter *meter_open(int channels);
int meter_read(struct meter *m, struct meter_levels *out);
//--- v2/meter.h
#include <stdint.h>
struct meter;
struct meter_levels { uint64_t timestamp; uint16_t peak[4]; };
struct meter *meter_open(int channels);
int meter_read(struct meter *m, struct meter_levels *out);
//--- v1
#include <stdlib.h>
#include "meter.h"
struct meter { int channels; uint64_t ticks; };
struct meter *meter_open(int channels) { struct meter *m = calloc(1, sizeof *m); if (m) m->channels = channels; return m; }
int meter_read(struct meter *m, struct meter_levels *out) {
    if (!m || !out) return -1;
    out->timestamp = ++m->ticks;
    for (int i = 0; i < 4; i++) out->peak[i] = (uint8_t)(i < m->channels ? 200 - 10 * i : 0);
    return 0;
}
//--- v2
#include <stdlib.h>
#include "meter.h"
struct meter { int channels; uint64_t ticks; };
struct meter *meter_open(int channels) { struct meter *m = calloc(1, sizeof *m); if (m) m->channels = channels; return m; }
int meter_read(struct meter *m, struct meter_levels *out) {
    if (!m || !out) return -1;
    out->timestamp = ++m->ticks;
    for (int i = 0; i < 4; i++) out->peak[i] = (uint16_t)(i < m->channels ? 51200 - 2560 * i : 0);
    return 0;
}
