// expect: none
// why: enum opcode holds values from 0x80 to 0xff and 40000, written by GCC as one- and two-byte DWARF
// why: constants; v2 only adds a comment above it, so nothing a consumer sees changes. Each value must be
// why: read the same way in both builds (200 as 200, not -56) and compare equal.
// abidiff: 0 agree
//--- v1/op.h
enum opcode { OP_ACTIVE = 0x82, OP_STANDBY = 0x36, OP_VENDOR = 200, OP_NONE = 0xfd, OP_MAX = 0xff, OP_WIDE = 40000 };
struct frame { enum opcode op; unsigned char len; };
int send_frame(const struct frame *f);
enum opcode parse_opcode(int raw);
//--- v2/op.h
/* Opcodes of the wire protocol; OP_WIDE is a two-byte vendor extension. */
enum opcode { OP_ACTIVE = 0x82, OP_STANDBY = 0x36, OP_VENDOR = 200, OP_NONE = 0xfd, OP_MAX = 0xff, OP_WIDE = 40000 };
struct frame { enum opcode op; unsigned char len; };
int send_frame(const struct frame *f);
enum opcode parse_opcode(int raw);
//--- lib.c
#include "op.h"
int send_frame(const struct frame *f) { return f->op == OP_NONE ? -1 : f->len; }
enum opcode parse_opcode(int raw) { return raw >= 0 && raw <= 0xff ? (enum opcode)raw : OP_NONE; }
