// expect: info
// why: struct tunnel_hdr is a packed 16-byte wire header the caller fills and hands to tunnel_encap (no export
// why: hands one out), so it is public. v2 turns the first byte of reserved[3] into ttl and the other two into
// why: uint16_t reserved: ttl sits at byte 5 and the remaining reserved bytes at 6-7, the header stays 16 bytes
// why: packed with every other member in place. Callers that zeroed reserved now send ttl 0, which the library
// why: treats as the default.
// abidiff: 4 disagree: abidiff reports reserved replaced by ttl and a narrower reserved; the new members fill exactly the bytes of the old reserved array and every other member keeps its offset (as in 32).
//--- v1/tunnel.h
#include <stdint.h>
#include <stddef.h>
struct __attribute__((packed)) tunnel_hdr {
  uint8_t version;
  uint32_t session;
  uint8_t reserved[3];
  uint16_t proto;
  uint16_t length;
  uint32_t seq;
};
int tunnel_encap(const struct tunnel_hdr *hdr, const void *payload, size_t len, uint8_t *out, size_t cap);
//--- v2/tunnel.h
#include <stdint.h>
#include <stddef.h>
struct __attribute__((packed)) tunnel_hdr {
  uint8_t version;
  uint32_t session;
  uint8_t ttl;
  uint16_t reserved;
  uint16_t proto;
  uint16_t length;
  uint32_t seq;
};
int tunnel_encap(const struct tunnel_hdr *hdr, const void *payload, size_t len, uint8_t *out, size_t cap);
//--- v1
#include <string.h>
#include "tunnel.h"
int tunnel_encap(const struct tunnel_hdr *hdr, const void *payload, size_t len, uint8_t *out, size_t cap) {
  if (cap < sizeof *hdr + len) return -1;
  struct tunnel_hdr h = *hdr;
  h.length = (uint16_t)len;
  memcpy(out, &h, sizeof h);
  memcpy(out + sizeof h, payload, len);
  return (int)(sizeof h + len);
}
//--- v2
#include <string.h>
#include "tunnel.h"
int tunnel_encap(const struct tunnel_hdr *hdr, const void *payload, size_t len, uint8_t *out, size_t cap) {
  if (cap < sizeof *hdr + len) return -1;
  struct tunnel_hdr h = *hdr;
  h.length = (uint16_t)len;
  if (h.ttl == 0) h.ttl = 64;
  memcpy(out, &h, sizeof h);
  memcpy(out + sizeof h, payload, len);
  return (int)(sizeof h + len);
}
