// expect: breaking
// why: struct io_deadline is passed by value to io_wait_until (16 bytes, two INTEGER eightbytes in rdi and rsi
// why: both times). v2 widens nsec from int32_t to int64_t into what was padding: the struct keeps its size and
// why: classification, but old callers leave the upper half of the second eightbyte undefined (it was padding)
// why: and the library now reads those 4 bytes as part of nsec, so a valid deadline can look out of range.
// abidiff: 4 agree
//--- v1/deadline.h
#include <stdint.h>
struct io_deadline { int64_t sec; int32_t nsec; };
int io_wait_until(int fd, struct io_deadline when);
//--- v2/deadline.h
#include <stdint.h>
struct io_deadline { int64_t sec; int64_t nsec; };
int io_wait_until(int fd, struct io_deadline when);
//--- v1
#include "deadline.h"
int io_wait_until(int fd, struct io_deadline when) {
  if (fd < 0 || when.nsec < 0 || when.nsec >= 1000000000) return -1;
  return when.sec > 0;
}
//--- v2
#include "deadline.h"
int io_wait_until(int fd, struct io_deadline when) {
  if (fd < 0 || when.nsec < 0 || when.nsec >= 1000000000) return -1;
  return when.sec > 0;
}
