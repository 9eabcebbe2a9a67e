// expect: info
// why: bson_subtype_t gives each subtype its wire value explicitly; libbson 1.22 and 1.24 add BSON_SUBTYPE_COLUMN (7)
// why: and BSON_SUBTYPE_SENSITIVE (8) between BSON_SUBTYPE_ENCRYPTED (6) and BSON_SUBTYPE_USER (0x80). No existing
// why: enumerator changes value and the enum keeps its size and underlying type; bson_t, which callers allocate, is
// why: unchanged. New values a consumer may see, as with any added enumerator.
// abidiff: 0 agree
//--- bson-types.h
#include <stdint.h>
#include <stdbool.h>
typedef struct _bson_t { uint32_t flags; uint32_t len; uint8_t padding[120]; } __attribute__((aligned(128))) bson_t;
void bson_init(bson_t *b);
void bson_destroy(bson_t *bson);
//--- v1/bson.h
typedef enum {
    BSON_SUBTYPE_BINARY = 0x00,
    BSON_SUBTYPE_FUNCTION = 0x01,
    BSON_SUBTYPE_BINARY_DEPRECATED = 0x02,
    BSON_SUBTYPE_UUID_DEPRECATED = 0x03,
    BSON_SUBTYPE_UUID = 0x04,
    BSON_SUBTYPE_MD5 = 0x05,
    BSON_SUBTYPE_ENCRYPTED = 0x06,
    BSON_SUBTYPE_USER = 0x80,
} bson_subtype_t;
bool bson_append_binary(bson_t *bson, const char *key, int key_length, bson_subtype_t subtype, const uint8_t *binary, uint32_t length);
//--- v2/bson.h
typedef enum {
    BSON_SUBTYPE_BINARY = 0x00,
    BSON_SUBTYPE_FUNCTION = 0x01,
    BSON_SUBTYPE_BINARY_DEPRECATED = 0x02,
    BSON_SUBTYPE_UUID_DEPRECATED = 0x03,
    BSON_SUBTYPE_UUID = 0x04,
    BSON_SUBTYPE_MD5 = 0x05,
    BSON_SUBTYPE_ENCRYPTED = 0x06,
    BSON_SUBTYPE_COLUMN = 0x07,
    BSON_SUBTYPE_SENSITIVE = 0x08,
    BSON_SUBTYPE_USER = 0x80,
} bson_subtype_t;
bool bson_append_binary(bson_t *bson, const char *key, int key_length, bson_subtype_t subtype, const uint8_t *binary, uint32_t length);
//--- v1
#include <string.h>
#include "bson-types.h"
#include "bson.h"
void bson_init(bson_t *b) { memset(b, 0, sizeof *b); b->len = 5; b->padding[0] = 5; }
void bson_destroy(bson_t *bson) { if (bson) bson->len = 0; }
bool bson_append_binary(bson_t *bson, const char *key, int key_length, bson_subtype_t subtype, const uint8_t *binary, uint32_t length) {
    size_t klen = key_length < 0 ? strlen(key) : (size_t)key_length;
    if (!bson || !key || (length && !binary)) return false;
    if (subtype > BSON_SUBTYPE_ENCRYPTED && subtype < BSON_SUBTYPE_USER) return false;
    uint32_t need = 1 + (uint32_t)klen + 1 + 4 + 1 + length;
    if (bson->len + need > sizeof bson->padding) return false;
    uint8_t *p = bson->padding + bson->len - 1;
    *p++ = 0x05; memcpy(p, key, klen); p += klen; *p++ = 0;
    memcpy(p, &length, 4); p += 4; *p++ = (uint8_t)subtype; if (length) memcpy(p, binary, length); p += length; *p = 0;
    bson->len += need; return true;
}
//--- v2
#include <string.h>
#include "bson-types.h"
#include "bson.h"
void bson_init(bson_t *b) { memset(b, 0, sizeof *b); b->len = 5; b->padding[0] = 5; }
void bson_destroy(bson_t *bson) { if (bson) bson->len = 0; }
bool bson_append_binary(bson_t *bson, const char *key, int key_length, bson_subtype_t subtype, const uint8_t *binary, uint32_t length) {
    size_t klen = key_length < 0 ? strlen(key) : (size_t)key_length;
    if (!bson || !key || (length && !binary)) return false;
    if (subtype > BSON_SUBTYPE_SENSITIVE && subtype < BSON_SUBTYPE_USER) return false;
    if (subtype == BSON_SUBTYPE_COLUMN && length < 1) return false;
    uint32_t need = 1 + (uint32_t)klen + 1 + 4 + 1 + length;
    if (bson->len + need > sizeof bson->padding) return false;
    uint8_t *p = bson->padding + bson->len - 1;
    *p++ = 0x05; memcpy(p, key, klen); p += klen; *p++ = 0;
    memcpy(p, &length, 4); p += 4; *p++ = (uint8_t)subtype; if (length) memcpy(p, binary, length); p += length; *p = 0;
    bson->len += need; return true;
}
