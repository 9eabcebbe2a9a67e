// expect: info
// why: msgpack_object is passed and returned by value and embedded in caller-built kv arrays, so it is public.
// why: msgpack-c 1.x added the ext variant to its union and MSGPACK_OBJECT_EXT to msgpack_object_type: the ext
// why: variant's 16 bytes fit the union's existing 16 (as in 112), so msgpack_object keeps 24 bytes and every
// why: offset, and the enumerator is appended with the existing values unchanged (as in 221).
// abidiff: 0 agree
//--- v1/object.h
#include <stdbool.h>
#include <stdint.h>
typedef enum { MSGPACK_OBJECT_NIL = 0x00, MSGPACK_OBJECT_BOOLEAN = 0x01, MSGPACK_OBJECT_POSITIVE_INTEGER = 0x02, MSGPACK_OBJECT_NEGATIVE_INTEGER = 0x03, MSGPACK_OBJECT_FLOAT64 = 0x04, MSGPACK_OBJECT_STR = 0x05, MSGPACK_OBJECT_ARRAY = 0x06, MSGPACK_OBJECT_MAP = 0x07, MSGPACK_OBJECT_BIN = 0x08 } msgpack_object_type;
struct msgpack_object;
typedef struct { uint32_t size; struct msgpack_object *ptr; } msgpack_object_array;
typedef struct { uint32_t size; const char *ptr; } msgpack_object_str;
typedef union { bool boolean; uint64_t u64; int64_t i64; double f64; msgpack_object_array array; msgpack_object_str str; } msgpack_object_union;
typedef struct msgpack_object { msgpack_object_type type; msgpack_object_union via; } msgpack_object;
typedef struct msgpack_object_kv { msgpack_object key; msgpack_object val; } msgpack_object_kv;
bool msgpack_object_equal(const msgpack_object x, const msgpack_object y);
msgpack_object msgpack_object_from_u64(uint64_t v);
//--- v2/object.h
#include <stdbool.h>
#include <stdint.h>
typedef enum { MSGPACK_OBJECT_NIL = 0x00, MSGPACK_OBJECT_BOOLEAN = 0x01, MSGPACK_OBJECT_POSITIVE_INTEGER = 0x02, MSGPACK_OBJECT_NEGATIVE_INTEGER = 0x03, MSGPACK_OBJECT_FLOAT64 = 0x04, MSGPACK_OBJECT_STR = 0x05, MSGPACK_OBJECT_ARRAY = 0x06, MSGPACK_OBJECT_MAP = 0x07, MSGPACK_OBJECT_BIN = 0x08, MSGPACK_OBJECT_EXT = 0x09 } msgpack_object_type;
struct msgpack_object;
typedef struct { uint32_t size; struct msgpack_object *ptr; } msgpack_object_array;
typedef struct { uint32_t size; const char *ptr; } msgpack_object_str;
typedef struct { int8_t type; uint32_t size; const char *ptr; } msgpack_object_ext;
typedef union { bool boolean; uint64_t u64; int64_t i64; double f64; msgpack_object_array array; msgpack_object_str str; msgpack_object_ext ext; } msgpack_object_union;
typedef struct msgpack_object { msgpack_object_type type; msgpack_object_union via; } msgpack_object;
typedef struct msgpack_object_kv { msgpack_object key; msgpack_object val; } msgpack_object_kv;
bool msgpack_object_equal(const msgpack_object x, const msgpack_object y);
msgpack_object msgpack_object_from_u64(uint64_t v);
//--- lib.c
#include <string.h>
#include "object.h"
bool msgpack_object_equal(const msgpack_object x, const msgpack_object y) {
  if (x.type != y.type) return false;
  switch (x.type) {
  case MSGPACK_OBJECT_NIL: return true;
  case MSGPACK_OBJECT_BOOLEAN: return x.via.boolean == y.via.boolean;
  case MSGPACK_OBJECT_STR: return x.via.str.size == y.via.str.size && memcmp(x.via.str.ptr, y.via.str.ptr, x.via.str.size) == 0;
  default: return x.via.u64 == y.via.u64;
  }
}
msgpack_object msgpack_object_from_u64(uint64_t v) { msgpack_object o; memset(&o, 0, sizeof o); o.type = MSGPACK_OBJECT_POSITIVE_INTEGER; o.via.u64 = v; return o; }
