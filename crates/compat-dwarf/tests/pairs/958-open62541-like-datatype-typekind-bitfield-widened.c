// expect: breaking
// why: UA_DataType describes a type to the encoder: the library exports the table UA_TYPES of them and consumers
// why: define their own for custom types and pass them to UA_encodeBinary. v2 widens the typeKind bit-field from 6
// why: to 7 bits (more kinds): the struct keeps its 32 bytes, but pointerFree, overlayable and membersSize each
// why: move up one bit in their 32-bit word. Descriptions old consumers built, and their reads of UA_TYPES, use the
// why: old bit positions, so the library sees wrong kinds, flags and member counts.
// abidiff: 4 agree
//--- v1/types.h
#include <stddef.h>
#include <stdint.h>
typedef uint32_t UA_UInt32;
typedef uint16_t UA_UInt16;
typedef struct { UA_UInt16 memberTypeIndex; uint8_t padding; uint8_t isArray; } UA_DataTypeMember;
typedef struct {
    const char *typeName;
    UA_UInt16 memSize;
    UA_UInt16 typeIndex;
    UA_UInt32 typeKind : 6;
    UA_UInt32 pointerFree : 1;
    UA_UInt32 overlayable : 1;
    UA_UInt32 membersSize : 8;
    UA_UInt32 binaryEncodingId;
    const UA_DataTypeMember *members;
} UA_DataType;
extern const UA_DataType UA_TYPES[3];
size_t UA_calcSizeBinary(const void *p, const UA_DataType *type);
int UA_encodeBinary(const void *src, const UA_DataType *type, unsigned char *buf, size_t len);
//--- v2/types.h
#include <stddef.h>
#include <stdint.h>
typedef uint32_t UA_UInt32;
typedef uint16_t UA_UInt16;
typedef struct { UA_UInt16 memberTypeIndex; uint8_t padding; uint8_t isArray; } UA_DataTypeMember;
typedef struct {
    const char *typeName;
    UA_UInt16 memSize;
    UA_UInt16 typeIndex;
    UA_UInt32 typeKind : 7;
    UA_UInt32 pointerFree : 1;
    UA_UInt32 overlayable : 1;
    UA_UInt32 membersSize : 8;
    UA_UInt32 binaryEncodingId;
    const UA_DataTypeMember *members;
} UA_DataType;
extern const UA_DataType UA_TYPES[3];
size_t UA_calcSizeBinary(const void *p, const UA_DataType *type);
int UA_encodeBinary(const void *src, const UA_DataType *type, unsigned char *buf, size_t len);
//--- lib.c
#include <string.h>
#include "types.h"
const UA_DataType UA_TYPES[3] = {
    { "Boolean", 1, 0, 1, 1, 1, 0, 0, NULL },
    { "Int32", 4, 1, 6, 1, 1, 0, 0, NULL },
    { "Double", 8, 2, 11, 1, 1, 0, 0, NULL },
};
size_t UA_calcSizeBinary(const void *p, const UA_DataType *type) {
    size_t n = 0; unsigned i;
    if (type->overlayable || type->membersSize == 0) return type->memSize;
    for (i = 0; i < type->membersSize; i++) n += UA_TYPES[type->members[i].memberTypeIndex % 3].memSize;
    (void)p; return n;
}
int UA_encodeBinary(const void *src, const UA_DataType *type, unsigned char *buf, size_t len) {
    size_t n = UA_calcSizeBinary(src, type);
    if (n > len) return -1;
    if (!type->pointerFree) return -2;
    memcpy(buf, src, n); return (int)n;
}
