// expect: warning
// why: Consumers' generated code builds arrays of ProtobufCFieldDescriptor (passed with their count to
// why: protobuf_c_fields_packed_count), so the type is public. v2 replaces protobuf_c_boolean packed (an int)
// why: by uint32_t flags at the same offset, bit 0 meaning packed: the layout holds and old objects' 0/1
// why: still read right, but the member changes signedness and meaning: a warning (a same-size signedness
// why: change of a member, as in 38).
// abidiff: 4 agree
//--- v1/protobuf-c.h
typedef int protobuf_c_boolean;
typedef struct ProtobufCFieldDescriptor { const char *name; unsigned id; int label; int type; unsigned quantifier_offset; unsigned offset; const void *default_value; protobuf_c_boolean packed; unsigned reserved_flags; } ProtobufCFieldDescriptor;
unsigned protobuf_c_fields_packed_count(const ProtobufCFieldDescriptor *fields, unsigned n_fields);
//--- v2/protobuf-c.h
#include <stdint.h>
typedef int protobuf_c_boolean;
#define PROTOBUF_C_FIELD_FLAG_PACKED (1u << 0)
typedef struct ProtobufCFieldDescriptor { const char *name; unsigned id; int label; int type; unsigned quantifier_offset; unsigned offset; const void *default_value; uint32_t flags; unsigned reserved_flags; } ProtobufCFieldDescriptor;
unsigned protobuf_c_fields_packed_count(const ProtobufCFieldDescriptor *fields, unsigned n_fields);
//--- v1
#include "protobuf-c.h"
unsigned protobuf_c_fields_packed_count(const ProtobufCFieldDescriptor *fields, unsigned n_fields) { unsigned c = 0; for (unsigned i = 0; i < n_fields; i++) c += fields[i].packed != 0; return c; }
//--- v2
#include "protobuf-c.h"
unsigned protobuf_c_fields_packed_count(const ProtobufCFieldDescriptor *fields, unsigned n_fields) { unsigned c = 0; for (unsigned i = 0; i < n_fields; i++) c += (fields[i].flags & PROTOBUF_C_FIELD_FLAG_PACKED) != 0; return c; }
