// expect: breaking
// why: llhttp_settings_t is a table of callbacks the caller fills (after llhttp_settings_init) and hands to
// why: llhttp_init, which keeps the pointer and calls the callbacks while parsing. llhttp 8 inserts on_method and
// why: on_version after on_status: on_header_field and every later slot move by 16 bytes, so v2 calls an old caller's
// why: on_header_field as on_method, its on_header_value as on_version and so on down the table, and reads the last two
// why: slots past the end of the old caller's 80-byte table.
// abidiff: 4 agree
//--- llhttp-base.h
#include <stdint.h>
#include <stddef.h>
typedef struct llhttp__internal_s llhttp_t;
typedef struct llhttp_settings_s llhttp_settings_t;
typedef int (*llhttp_data_cb)(llhttp_t *, const char *at, size_t length);
typedef int (*llhttp_cb)(llhttp_t *);
typedef enum { HTTP_BOTH = 0, HTTP_REQUEST = 1, HTTP_RESPONSE = 2 } llhttp_type_t;
typedef enum { HPE_OK = 0, HPE_INTERNAL = 1, HPE_USER = 24 } llhttp_errno_t;
struct llhttp__internal_s { int32_t _index; void *_span_pos0; void *_span_cb0; int32_t error; const char *reason; const char *error_pos; void *data; void *_current; uint64_t content_length; uint8_t type; uint8_t method; uint8_t http_major; uint8_t http_minor; uint8_t header_state; uint16_t flags; uint16_t status_code; void *settings; };
//--- v1/llhttp.h
struct llhttp_settings_s {
    llhttp_cb on_message_begin;
    llhttp_data_cb on_url;
    llhttp_data_cb on_status;
    llhttp_data_cb on_header_field;
    llhttp_data_cb on_header_value;
    llhttp_cb on_headers_complete;
    llhttp_data_cb on_body;
    llhttp_cb on_message_complete;
    llhttp_cb on_chunk_header;
    llhttp_cb on_chunk_complete;
};
void llhttp_settings_init(llhttp_settings_t *settings);
void llhttp_init(llhttp_t *parser, llhttp_type_t type, const llhttp_settings_t *settings);
llhttp_errno_t llhttp_execute(llhttp_t *parser, const char *data, size_t len);
//--- v2/llhttp.h
struct llhttp_settings_s {
    llhttp_cb on_message_begin;
    llhttp_data_cb on_url;
    llhttp_data_cb on_status;
    llhttp_data_cb on_method;
    llhttp_data_cb on_version;
    llhttp_data_cb on_header_field;
    llhttp_data_cb on_header_value;
    llhttp_cb on_headers_complete;
    llhttp_data_cb on_body;
    llhttp_cb on_message_complete;
    llhttp_cb on_chunk_header;
    llhttp_cb on_chunk_complete;
};
void llhttp_settings_init(llhttp_settings_t *settings);
void llhttp_init(llhttp_t *parser, llhttp_type_t type, const llhttp_settings_t *settings);
llhttp_errno_t llhttp_execute(llhttp_t *parser, const char *data, size_t len);
//--- v1
#include <string.h>
#include "llhttp-base.h"
#include "llhttp.h"
void llhttp_settings_init(llhttp_settings_t *settings) { memset(settings, 0, sizeof *settings); }
void llhttp_init(llhttp_t *parser, llhttp_type_t type, const llhttp_settings_t *settings) { memset(parser, 0, sizeof *parser); parser->type = (uint8_t)type; parser->settings = (void *)settings; }
static int data_cb(llhttp_t *p, llhttp_data_cb cb, const char *at, size_t n) { return cb ? cb(p, at, n) : 0; }
static int cb(llhttp_t *p, llhttp_cb f) { return f ? f(p) : 0; }
llhttp_errno_t llhttp_execute(llhttp_t *parser, const char *data, size_t len) {
    const llhttp_settings_t *s = parser->settings;
    const char *sp = memchr(data, ' ', len), *end = data + len;
    if (!sp) return HPE_INTERNAL;
    const char *url = sp + 1, *sp2 = memchr(url, ' ', (size_t)(end - url));
    if (!sp2) return HPE_INTERNAL;
    if (cb(parser, s->on_message_begin) || data_cb(parser, s->on_url, url, (size_t)(sp2 - url))) return HPE_USER;
    const char *line = memchr(sp2, '\n', (size_t)(end - sp2));
    while (line && line + 1 < end && line[1] != '\r' && line[1] != '\n') {
        const char *f = line + 1, *colon = memchr(f, ':', (size_t)(end - f));
        if (!colon) break;
        const char *nl = memchr(colon, '\n', (size_t)(end - colon)); if (!nl) nl = end;
        if (data_cb(parser, s->on_header_field, f, (size_t)(colon - f)) || data_cb(parser, s->on_header_value, colon + 2, (size_t)(nl - colon - 2))) return HPE_USER;
        line = nl < end ? nl : 0;
    }
    if (cb(parser, s->on_headers_complete) || cb(parser, s->on_message_complete)) return HPE_USER;
    return HPE_OK;
}
//--- v2
#include <string.h>
#include "llhttp-base.h"
#include "llhttp.h"
void llhttp_settings_init(llhttp_settings_t *settings) { memset(settings, 0, sizeof *settings); }
void llhttp_init(llhttp_t *parser, llhttp_type_t type, const llhttp_settings_t *settings) { memset(parser, 0, sizeof *parser); parser->type = (uint8_t)type; parser->settings = (void *)settings; }
static int data_cb(llhttp_t *p, llhttp_data_cb cb, const char *at, size_t n) { return cb ? cb(p, at, n) : 0; }
static int cb(llhttp_t *p, llhttp_cb f) { return f ? f(p) : 0; }
llhttp_errno_t llhttp_execute(llhttp_t *parser, const char *data, size_t len) {
    const llhttp_settings_t *s = parser->settings;
    const char *sp = memchr(data, ' ', len), *end = data + len;
    if (!sp) return HPE_INTERNAL;
    const char *url = sp + 1, *sp2 = memchr(url, ' ', (size_t)(end - url));
    if (!sp2) return HPE_INTERNAL;
    if (cb(parser, s->on_message_begin) || data_cb(parser, s->on_method, data, (size_t)(sp - data)) || data_cb(parser, s->on_url, url, (size_t)(sp2 - url))) return HPE_USER;
    const char *line = memchr(sp2, '\n', (size_t)(end - sp2));
    if (data_cb(parser, s->on_version, sp2 + 1, line ? (size_t)(line - sp2 - 1) : (size_t)(end - sp2 - 1))) return HPE_USER;
    while (line && line + 1 < end && line[1] != '\r' && line[1] != '\n') {
        const char *f = line + 1, *colon = memchr(f, ':', (size_t)(end - f));
        if (!colon) break;
        const char *nl = memchr(colon, '\n', (size_t)(end - colon)); if (!nl) nl = end;
        if (data_cb(parser, s->on_header_field, f, (size_t)(colon - f)) || data_cb(parser, s->on_header_value, colon + 2, (size_t)(nl - colon - 2))) return HPE_USER;
        line = nl < end ? nl : 0;
    }
    if (cb(parser, s->on_headers_complete) || cb(parser, s->on_message_complete)) return HPE_USER;
    return HPE_OK;
}
