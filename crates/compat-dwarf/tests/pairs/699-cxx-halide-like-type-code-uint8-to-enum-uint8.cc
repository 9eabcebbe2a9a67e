// expect: info
// why: halide_type_t is a 4-byte value struct passed and returned by value. v2 declares its code member as
// why: halide_type_code_t, an unscoped enum with underlying type uint8_t, instead of uint8_t: the same byte, offset,
// why: signedness and register class, and the struct's name is all the mangled names mention; a type replaced by
// why: an enum over it (as in 16).
// abidiff: 0 agree
//--- v1/HalideRuntime.h
#include <cstdint>
enum halide_type_code_t : std::uint8_t { halide_type_int = 0, halide_type_uint = 1, halide_type_float = 2, halide_type_handle = 3 };
struct halide_type_t { std::uint8_t code; std::uint8_t bits; std::uint16_t lanes; };
halide_type_t halide_type_with_lanes(halide_type_t t, int lanes);
int halide_type_bytes(halide_type_t t);
//--- v2/HalideRuntime.h
#include <cstdint>
enum halide_type_code_t : std::uint8_t { halide_type_int = 0, halide_type_uint = 1, halide_type_float = 2, halide_type_handle = 3 };
struct halide_type_t { halide_type_code_t code; std::uint8_t bits; std::uint16_t lanes; };
halide_type_t halide_type_with_lanes(halide_type_t t, int lanes);
int halide_type_bytes(halide_type_t t);
//--- v1
#include "HalideRuntime.h"
halide_type_t halide_type_with_lanes(halide_type_t t, int lanes) { t.lanes = std::uint16_t(lanes); return t; }
int halide_type_bytes(halide_type_t t) { return t.code == halide_type_handle ? 8 : (t.bits + 7) / 8; }
//--- v2
#include "HalideRuntime.h"
halide_type_t halide_type_with_lanes(halide_type_t t, int lanes) { t.lanes = std::uint16_t(lanes); return t; }
int halide_type_bytes(halide_type_t t) { return t.code == halide_type_handle ? 8 : (t.bits + 7) / 8; }
