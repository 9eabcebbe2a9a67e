// expect: none
// why: union mp_num is the value part of struct mp_object, returned by value from mp_read_num. v2 lists the union's
// why: members in another order (f64 first instead of u64): every member of a union is at offset 0, the union
// why: keeps 8 bytes and its classification, so neither binaries nor sources can tell.
// abidiff: 0 agree
//--- v1/mp.h
#include <stdint.h>
union mp_num { uint64_t u64; int64_t i64; double f64; };
struct mp_object { int type; union mp_num via; };
struct mp_object mp_read_num(const unsigned char *p, unsigned long len);
//--- v2/mp.h
#include <stdint.h>
union mp_num { double f64; uint64_t u64; int64_t i64; };
struct mp_object { int type; union mp_num via; };
struct mp_object mp_read_num(const unsigned char *p, unsigned long len);
//--- v1
#include <string.h>
#include "mp.h"
struct mp_object mp_read_num(const unsigned char *p, unsigned long len) {
  struct mp_object o = { 0, { 0 } };
  if (len >= 9 && p[0] == 0xcb) { o.type = 3; memcpy(&o.via.f64, p + 1, 8); }
  else if (len >= 1 && p[0] < 0x80) { o.type = 1; o.via.u64 = p[0]; }
  return o;
}
//--- v2
#include <string.h>
#include "mp.h"
struct mp_object mp_read_num(const unsigned char *p, unsigned long len) {
  struct mp_object o = { 0, { 0 } };
  if (len >= 9 && p[0] == 0xcb) { o.type = 3; memcpy(&o.via.f64, p + 1, 8); }
  else if (len >= 1 && p[0] < 0x80) { o.type = 1; o.via.u64 = p[0]; }
  return o;
}
