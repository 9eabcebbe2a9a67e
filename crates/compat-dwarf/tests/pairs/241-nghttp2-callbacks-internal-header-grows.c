// expect: info
// why: nghttp2_session_callbacks is only forward-declared in the public header and defined in the internal
// why: header nghttp2_callbacks_internal.h; consumers get it from nghttp2_session_callbacks_new and fill it through
// why: setters. v2 adds a member and its new setter: the struct is invisible to consumers, the setter is an addition.
// abidiff: 4 disagree: abidiff reports a member appended to nghttp2_session_callbacks, defined only in the internal header nghttp2_callbacks_internal.h (as in 147), and one added function.
//--- v1/nghttp2.h
struct nghttp2_session_callbacks;
typedef long (*nghttp2_send_callback)(const unsigned char *data, unsigned long len, void *user);
int nghttp2_session_callbacks_new(struct nghttp2_session_callbacks **out);
void nghttp2_session_callbacks_set_send_callback(struct nghttp2_session_callbacks *cbs, nghttp2_send_callback cb);
//--- v2/nghttp2.h
struct nghttp2_session_callbacks;
typedef long (*nghttp2_send_callback)(const unsigned char *data, unsigned long len, void *user);
typedef int (*nghttp2_on_extension_chunk_recv_callback)(const unsigned char *data, unsigned long len, void *user);
int nghttp2_session_callbacks_new(struct nghttp2_session_callbacks **out);
void nghttp2_session_callbacks_set_send_callback(struct nghttp2_session_callbacks *cbs, nghttp2_send_callback cb);
void nghttp2_session_callbacks_set_on_extension_chunk_recv_callback(struct nghttp2_session_callbacks *cbs, nghttp2_on_extension_chunk_recv_callback cb);
//--- v1/nghttp2_callbacks_internal.h
#include "nghttp2.h"
struct nghttp2_session_callbacks { nghttp2_send_callback send_callback; };
//--- v2/nghttp2_callbacks_internal.h
#include "nghttp2.h"
struct nghttp2_session_callbacks { nghttp2_send_callback send_callback; nghttp2_on_extension_chunk_recv_callback on_extension_chunk_recv_callback; };
//--- v1
#include <stdlib.h>
#include "nghttp2_callbacks_internal.h"
int nghttp2_session_callbacks_new(struct nghttp2_session_callbacks **out) { *out = calloc(1, sizeof **out); return *out ? 0 : -1; }
void nghttp2_session_callbacks_set_send_callback(struct nghttp2_session_callbacks *cbs, nghttp2_send_callback cb) { cbs->send_callback = cb; }
//--- v2
#include <stdlib.h>
#include "nghttp2_callbacks_internal.h"
int nghttp2_session_callbacks_new(struct nghttp2_session_callbacks **out) { *out = calloc(1, sizeof **out); return *out ? 0 : -1; }
void nghttp2_session_callbacks_set_send_callback(struct nghttp2_session_callbacks *cbs, nghttp2_send_callback cb) { cbs->send_callback = cb; }
void nghttp2_session_callbacks_set_on_extension_chunk_recv_callback(struct nghttp2_session_callbacks *cbs, nghttp2_on_extension_chunk_recv_callback cb) { cbs->on_extension_chunk_recv_callback = cb; }
