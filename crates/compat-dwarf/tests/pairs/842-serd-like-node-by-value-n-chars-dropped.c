// expect: breaking
// why: SerdNode is returned by value from serd_node_from_string and serd_node_copy and lives in callers' own variables.
// why: v2 drops the n_chars member (serd stops counting characters): the struct shrinks from 32 to 24 bytes, flags
// why: moves from offset 24 to 16 and type from 28 to 20, so old callers read flags and type from the wrong place
// why: in what v2 writes to their return buffer, and v2 reads their nodes with the new layout.
// abidiff: 4 agree
//--- v1/serd.h
#include <stddef.h>
#include <stdint.h>
typedef enum { SERD_NOTHING = 0, SERD_LITERAL = 1, SERD_URI = 2, SERD_CURIE = 3, SERD_BLANK = 4 } SerdType;
typedef uint32_t SerdNodeFlags;
typedef struct { const uint8_t *buf; size_t n_bytes; size_t n_chars; SerdNodeFlags flags; SerdType type; } SerdNode;
SerdNode serd_node_from_string(SerdType type, const uint8_t *str);
SerdNode serd_node_copy(const SerdNode *node);
void serd_node_free(SerdNode *node);
//--- v2/serd.h
#include <stddef.h>
#include <stdint.h>
typedef enum { SERD_NOTHING = 0, SERD_LITERAL = 1, SERD_URI = 2, SERD_CURIE = 3, SERD_BLANK = 4 } SerdType;
typedef uint32_t SerdNodeFlags;
typedef struct { const uint8_t *buf; size_t n_bytes; SerdNodeFlags flags; SerdType type; } SerdNode;
SerdNode serd_node_from_string(SerdType type, const uint8_t *str);
SerdNode serd_node_copy(const SerdNode *node);
void serd_node_free(SerdNode *node);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "serd.h"
SerdNode serd_node_from_string(SerdType type, const uint8_t *str) {
    SerdNode node = { 0, 0, 0, 0, SERD_NOTHING }; if (!str) return node;
    node.buf = str; node.n_bytes = strlen((const char *)str); node.type = type;
    for (size_t i = 0; i < node.n_bytes; i++) { if ((str[i] & 0xc0) != 0x80) node.n_chars++; if (str[i] == '"') node.flags |= 4u; if (str[i] == '\n') node.flags |= 1u; }
    return node;
}
SerdNode serd_node_copy(const SerdNode *node) { SerdNode copy = *node; if (!node->buf) return copy; uint8_t *buf = malloc(node->n_bytes + 1); if (buf) { memcpy(buf, node->buf, node->n_bytes + 1); copy.buf = buf; } return copy; }
void serd_node_free(SerdNode *node) { if (node && node->buf) { free((uint8_t *)node->buf); node->buf = 0; } }
//--- v2
#include <stdlib.h>
#include <string.h>
#include "serd.h"
SerdNode serd_node_from_string(SerdType type, const uint8_t *str) {
    SerdNode node = { 0, 0, 0, SERD_NOTHING }; if (!str) return node;
    node.buf = str; node.n_bytes = strlen((const char *)str); node.type = type;
    for (size_t i = 0; i < node.n_bytes; i++) { if (str[i] == '"') node.flags |= 4u; if (str[i] == '\n') node.flags |= 1u; }
    return node;
}
SerdNode serd_node_copy(const SerdNode *node) { SerdNode copy = *node; if (!node->buf) return copy; uint8_t *buf = malloc(node->n_bytes + 1); if (buf) { memcpy(buf, node->buf, node->n_bytes + 1); copy.buf = buf; } return copy; }
void serd_node_free(SerdNode *node) { if (node && node->buf) { free((uint8_t *)node->buf); node->buf = 0; } }
