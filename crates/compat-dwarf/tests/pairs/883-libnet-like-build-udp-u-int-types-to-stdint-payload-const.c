// expect: info
// why: libnet 1.1.3 respelled the BSD u_int8_t, u_int16_t and u_int32_t of its builder functions as uint8_t,
// why: uint16_t and uint32_t (the same types: both are typedefs of unsigned char, unsigned short and unsigned int)
// why: and made the payload pointer const (libnet_build_udp and libnet_build_data only copy it). Every parameter is
// why: passed alike and the C symbols are unchanged; the added const on a pointee is an API change only (as in 320).
// abidiff: 0 agree
//--- libnet-base.h
#include <stdint.h>
#include <sys/types.h>
typedef int32_t libnet_ptag_t;
typedef struct libnet_context libnet_t;
libnet_t *libnet_init(int injection_type, const char *device, char *err_buf);
void libnet_destroy(libnet_t *l);
//--- v1/libnet-functions.h
libnet_ptag_t libnet_build_udp(u_int16_t sp, u_int16_t dp, u_int16_t len, u_int16_t sum, u_int8_t *payload, u_int32_t payload_s, libnet_t *l, libnet_ptag_t ptag);
libnet_ptag_t libnet_build_data(u_int8_t *payload, u_int32_t payload_s, libnet_t *l, libnet_ptag_t ptag);
u_int32_t libnet_get_prand(int mod);
//--- v2/libnet-functions.h
libnet_ptag_t libnet_build_udp(uint16_t sp, uint16_t dp, uint16_t len, uint16_t sum, const uint8_t *payload, uint32_t payload_s, libnet_t *l, libnet_ptag_t ptag);
libnet_ptag_t libnet_build_data(const uint8_t *payload, uint32_t payload_s, libnet_t *l, libnet_ptag_t ptag);
uint32_t libnet_get_prand(int mod);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "libnet-base.h"
#include "libnet-functions.h"
struct libnet_context { int injection_type; unsigned char buf[65536]; u_int32_t used; libnet_ptag_t ptag_state; u_int32_t seed; };
libnet_t *libnet_init(int injection_type, const char *device, char *err_buf) { (void)device; libnet_t *l = calloc(1, sizeof *l); if (!l) { if (err_buf) strcpy(err_buf, "out of memory"); return 0; } l->injection_type = injection_type; l->seed = 12345; return l; }
void libnet_destroy(libnet_t *l) { free(l); }
static libnet_ptag_t append(libnet_t *l, const void *hdr, u_int32_t hlen, const u_int8_t *payload, u_int32_t payload_s, libnet_ptag_t ptag) {
    if (!l || l->used + hlen + payload_s > sizeof l->buf || (payload_s && !payload)) return -1;
    memcpy(l->buf + l->used, hdr, hlen); l->used += hlen;
    if (payload_s) { memcpy(l->buf + l->used, payload, payload_s); l->used += payload_s; }
    return ptag ? ptag : ++l->ptag_state;
}
libnet_ptag_t libnet_build_udp(u_int16_t sp, u_int16_t dp, u_int16_t len, u_int16_t sum, u_int8_t *payload, u_int32_t payload_s, libnet_t *l, libnet_ptag_t ptag) {
    u_int16_t hdr[4] = { __builtin_bswap16(sp), __builtin_bswap16(dp), __builtin_bswap16(len), sum };
    return append(l, hdr, sizeof hdr, payload, payload_s, ptag);
}
libnet_ptag_t libnet_build_data(u_int8_t *payload, u_int32_t payload_s, libnet_t *l, libnet_ptag_t ptag) { return append(l, "", 0, payload, payload_s, ptag); }
u_int32_t libnet_get_prand(int mod) { static u_int32_t s = 2463534242u; s ^= s << 13; s ^= s >> 17; s ^= s << 5; return mod > 0 && mod < 32 ? s & ((1u << mod) - 1) : s; }
//--- v2
#include <stdlib.h>
#include <string.h>
#include "libnet-base.h"
#include "libnet-functions.h"
struct libnet_context { int injection_type; unsigned char buf[65536]; uint32_t used; libnet_ptag_t ptag_state; uint32_t seed; };
libnet_t *libnet_init(int injection_type, const char *device, char *err_buf) { (void)device; libnet_t *l = calloc(1, sizeof *l); if (!l) { if (err_buf) strcpy(err_buf, "out of memory"); return 0; } l->injection_type = injection_type; l->seed = 12345; return l; }
void libnet_destroy(libnet_t *l) { free(l); }
static libnet_ptag_t append(libnet_t *l, const void *hdr, uint32_t hlen, const uint8_t *payload, uint32_t payload_s, libnet_ptag_t ptag) {
    if (!l || l->used + hlen + payload_s > sizeof l->buf || (payload_s && !payload)) return -1;
    memcpy(l->buf + l->used, hdr, hlen); l->used += hlen;
    if (payload_s) { memcpy(l->buf + l->used, payload, payload_s); l->used += payload_s; }
    return ptag ? ptag : ++l->ptag_state;
}
libnet_ptag_t libnet_build_udp(uint16_t sp, uint16_t dp, uint16_t len, uint16_t sum, const uint8_t *payload, uint32_t payload_s, libnet_t *l, libnet_ptag_t ptag) {
    uint16_t hdr[4] = { __builtin_bswap16(sp), __builtin_bswap16(dp), __builtin_bswap16(len), sum };
    return append(l, hdr, sizeof hdr, payload, payload_s, ptag);
}
libnet_ptag_t libnet_build_data(const uint8_t *payload, uint32_t payload_s, libnet_t *l, libnet_ptag_t ptag) { return append(l, "", 0, payload, payload_s, ptag); }
uint32_t libnet_get_prand(int mod) { static uint32_t s = 2463534242u; s ^= s << 13; s ^= s >> 17; s ^= s << 5; return mod > 0 && mod < 32 ? s & ((1u << mod) - 1) : s; }
