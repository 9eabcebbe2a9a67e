// expect: warning
// why: xcb_generic_error_t is declared with its members in the public header and only the library creates
// why: instances (xcb_request_check hands one out, the caller frees it); nothing takes one from the caller. v2
// why: appends uint32_t full_sequence, growing it from 12 to 16 bytes: harmless if consumers only read the old
// why: members through the pointer, breaking if they copy or allocate it, and only the headers' documentation
// why: tells which: an undecided type (as in 54).
// abidiff: 4 agree
//--- v1/xcb.h
#include <stdint.h>
typedef struct xcb_connection_t xcb_connection_t;
typedef struct { uint8_t response_type; uint8_t error_code; uint16_t sequence; uint32_t resource_id; uint16_t minor_code; uint8_t major_code; uint8_t pad0; } xcb_generic_error_t;
typedef struct { unsigned int sequence; } xcb_void_cookie_t;
xcb_connection_t *xcb_connect(const char *display, int *screen);
xcb_generic_error_t *xcb_request_check(xcb_connection_t *c, xcb_void_cookie_t cookie);
//--- v2/xcb.h
#include <stdint.h>
typedef struct xcb_connection_t xcb_connection_t;
typedef struct { uint8_t response_type; uint8_t error_code; uint16_t sequence; uint32_t resource_id; uint16_t minor_code; uint8_t major_code; uint8_t pad0; uint32_t full_sequence; } xcb_generic_error_t;
typedef struct { unsigned int sequence; } xcb_void_cookie_t;
xcb_connection_t *xcb_connect(const char *display, int *screen);
xcb_generic_error_t *xcb_request_check(xcb_connection_t *c, xcb_void_cookie_t cookie);
//--- v1
#include <stdlib.h>
#include "xcb.h"
struct xcb_connection_t { int fd; unsigned int last; };
xcb_connection_t *xcb_connect(const char *display, int *screen) { if (screen) *screen = 0; return display ? calloc(1, sizeof(xcb_connection_t)) : 0; }
xcb_generic_error_t *xcb_request_check(xcb_connection_t *c, xcb_void_cookie_t cookie) { if (!c || cookie.sequence <= c->last) return 0; xcb_generic_error_t *e = calloc(1, sizeof *e); if (e) { e->error_code = 3; e->sequence = (uint16_t)cookie.sequence; } return e; }
//--- v2
#include <stdlib.h>
#include "xcb.h"
struct xcb_connection_t { int fd; unsigned int last; };
xcb_connection_t *xcb_connect(const char *display, int *screen) { if (screen) *screen = 0; return display ? calloc(1, sizeof(xcb_connection_t)) : 0; }
xcb_generic_error_t *xcb_request_check(xcb_connection_t *c, xcb_void_cookie_t cookie) { if (!c || cookie.sequence <= c->last) return 0; xcb_generic_error_t *e = calloc(1, sizeof *e); if (e) { e->error_code = 3; e->sequence = (uint16_t)cookie.sequence; e->full_sequence = cookie.sequence; } return e; }
