// expect: none
// why: struct xfer_flags is caller-allocated (handed in to xfer_submit). Its bit-fields were declared unsigned char
// why: short_not_ok : 1, free_buffer : 1, add_zero_packet : 1 after an int; v2 declares them unsigned int. With the
// why: int before them the struct is 8 bytes and 4-aligned either way and the bits sit at the same positions
// why: (32, 33, 34): the declared type of a 1-bit field changes nothing a binary or a source can observe here.
// abidiff: 4 disagree: abidiff reports the three bit-fields' types changed from unsigned char to unsigned int; their width, bit positions and unsignedness are the same, and so are the struct's size and alignment.
//--- v1/xfer.h
struct xfer_flags { int timeout; unsigned char short_not_ok : 1; unsigned char free_buffer : 1; unsigned char add_zero_packet : 1; };
int xfer_submit(const struct xfer_flags *flags, unsigned char *buf, int len);
//--- v2/xfer.h
struct xfer_flags { int timeout; unsigned int short_not_ok : 1; unsigned int free_buffer : 1; unsigned int add_zero_packet : 1; };
int xfer_submit(const struct xfer_flags *flags, unsigned char *buf, int len);
//--- v1
#include "xfer.h"
int xfer_submit(const struct xfer_flags *flags, unsigned char *buf, int len) {
  if (flags->timeout < 0 || !buf) return -1;
  if (flags->add_zero_packet && len % 64 == 0) len++;
  return flags->short_not_ok ? len : len - 1;
}
//--- v2
#include "xfer.h"
int xfer_submit(const struct xfer_flags *flags, unsigned char *buf, int len) {
  if (flags->timeout < 0 || !buf) return -1;
  if (flags->add_zero_packet && len % 64 == 0) len++;
  return flags->short_not_ok ? len : len - 1;
}
