// expect: info
// why: ProtobufCMessageDescriptor is built by consumers' generated code (a static const object passed to
// why: protobuf_c_message_get_packed_size), so it is public. v2 replaces void *reserved1 with const unsigned
// why: *field_indices_by_name: a pointer of the same size at the same offset, which old generated code leaves
// why: NULL and the library checks. A reserved member replaced in place (as in 32): binaries are unaffected.
// abidiff: 0 agree
//--- v1/protobuf-c.h
#include <stddef.h>
typedef void (*ProtobufCMessageInit)(void *msg);
typedef struct ProtobufCMessageDescriptor { unsigned magic; const char *name; unsigned sizeof_message; unsigned n_fields; const void *fields; ProtobufCMessageInit message_init; void *reserved1; void *reserved2; } ProtobufCMessageDescriptor;
size_t protobuf_c_message_get_packed_size(const ProtobufCMessageDescriptor *desc, const void *msg);
//--- v2/protobuf-c.h
#include <stddef.h>
typedef void (*ProtobufCMessageInit)(void *msg);
typedef struct ProtobufCMessageDescriptor { unsigned magic; const char *name; unsigned sizeof_message; unsigned n_fields; const void *fields; ProtobufCMessageInit message_init; const unsigned *field_indices_by_name; void *reserved2; } ProtobufCMessageDescriptor;
size_t protobuf_c_message_get_packed_size(const ProtobufCMessageDescriptor *desc, const void *msg);
//--- v1
#include "protobuf-c.h"
size_t protobuf_c_message_get_packed_size(const ProtobufCMessageDescriptor *desc, const void *msg) { (void)msg; return desc->magic == 0x28aaeef9u ? desc->n_fields * 4u + desc->sizeof_message : 0; }
//--- v2
#include "protobuf-c.h"
size_t protobuf_c_message_get_packed_size(const ProtobufCMessageDescriptor *desc, const void *msg) { (void)msg; size_t n = desc->n_fields * 4u + desc->sizeof_message; if (desc->field_indices_by_name) n += desc->field_indices_by_name[0]; return desc->magic == 0x28aaeef9u ? n : 0; }
