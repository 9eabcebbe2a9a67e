// expect: breaking
// why: TSInput is passed by value to ts_parser_parse: callers fill one on their stack ({ payload, read, encoding })
// why: and hand it over. tree-sitter 0.25 appends a DecodeFunction decode member, used when encoding is
// why: TSInputEncodingCustom, so the struct grows from 24 to 32 bytes. Both sizes are passed in memory, so v2 reads
// why: decode from the stack slot after an old caller's 24-byte copy (whatever that caller left there), and the
// why: enum gains an enumerator only new callers use.
// abidiff: 4 agree
//--- v1/api.h
#include <stdint.h>
typedef struct TSParser TSParser;
typedef struct TSTree TSTree;
typedef struct { uint32_t row; uint32_t column; } TSPoint;
typedef enum { TSInputEncodingUTF8, TSInputEncodingUTF16 } TSInputEncoding;
typedef struct TSInput {
    void *payload;
    const char *(*read)(void *payload, uint32_t byte_index, TSPoint position, uint32_t *bytes_read);
    TSInputEncoding encoding;
} TSInput;
TSParser *ts_parser_new(void);
void ts_parser_delete(TSParser *self);
TSTree *ts_parser_parse(TSParser *self, const TSTree *old_tree, TSInput input);
uint32_t ts_tree_length(const TSTree *self);
void ts_tree_delete(TSTree *self);
//--- v2/api.h
#include <stdint.h>
typedef struct TSParser TSParser;
typedef struct TSTree TSTree;
typedef struct { uint32_t row; uint32_t column; } TSPoint;
typedef enum { TSInputEncodingUTF8, TSInputEncodingUTF16LE, TSInputEncodingUTF16BE, TSInputEncodingCustom } TSInputEncoding;
typedef uint32_t (*DecodeFunction)(const uint8_t *string, uint32_t length, int32_t *code_point);
typedef struct TSInput {
    void *payload;
    const char *(*read)(void *payload, uint32_t byte_index, TSPoint position, uint32_t *bytes_read);
    TSInputEncoding encoding;
    DecodeFunction decode;
} TSInput;
TSParser *ts_parser_new(void);
void ts_parser_delete(TSParser *self);
TSTree *ts_parser_parse(TSParser *self, const TSTree *old_tree, TSInput input);
uint32_t ts_tree_length(const TSTree *self);
void ts_tree_delete(TSTree *self);
//--- v1
#include <stdlib.h>
#include "api.h"
struct TSParser { unsigned parse_count; };
struct TSTree { uint32_t length; TSInputEncoding encoding; };
TSParser *ts_parser_new(void) { return calloc(1, sizeof(TSParser)); }
void ts_parser_delete(TSParser *self) { free(self); }
TSTree *ts_parser_parse(TSParser *self, const TSTree *old_tree, TSInput input) {
    TSTree *t = calloc(1, sizeof *t);
    uint32_t n = 0, total = old_tree ? old_tree->length : 0;
    TSPoint p = { 0, 0 };
    while (input.read(input.payload, total, p, &n) && n) { total += n; p.column += n; }
    t->length = total; t->encoding = input.encoding;
    self->parse_count++;
    return t;
}
uint32_t ts_tree_length(const TSTree *self) { return self->length; }
void ts_tree_delete(TSTree *self) { free(self); }
//--- v2
#include <stdlib.h>
#include "api.h"
struct TSParser { unsigned parse_count; };
struct TSTree { uint32_t length; TSInputEncoding encoding; };
TSParser *ts_parser_new(void) { return calloc(1, sizeof(TSParser)); }
void ts_parser_delete(TSParser *self) { free(self); }
TSTree *ts_parser_parse(TSParser *self, const TSTree *old_tree, TSInput input) {
    TSTree *t = calloc(1, sizeof *t);
    uint32_t n = 0, total = old_tree ? old_tree->length : 0;
    TSPoint p = { 0, 0 };
    const char *chunk;
    while ((chunk = input.read(input.payload, total, p, &n)) && n) {
        if (input.encoding == TSInputEncodingCustom && input.decode) {
            int32_t cp; uint32_t used = input.decode((const uint8_t *)chunk, n, &cp); if (!used) break;
        }
        total += n; p.column += n;
    }
    t->length = total; t->encoding = input.encoding;
    self->parse_count++;
    return t;
}
uint32_t ts_tree_length(const TSTree *self) { return self->length; }
void ts_tree_delete(TSTree *self) { free(self); }
