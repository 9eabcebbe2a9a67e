// expect: breaking
// why: callers build an array of nghttp2_settings_entry and pass it with its length; value widens from
// why: uint32_t to uint64_t, so the entry grows from 8 to 16 bytes and the library reads every entry after the
// why: first at the wrong offset (and value from the next entry's id).
// abidiff: 4 agree
//--- v1/nghttp2.h
#include <stddef.h>
#include <stdint.h>
typedef struct { int32_t settings_id; uint32_t value; } nghttp2_settings_entry;
typedef struct nghttp2_session nghttp2_session;
nghttp2_session *nghttp2_session_new(void);
int nghttp2_submit_settings(nghttp2_session *s, const nghttp2_settings_entry *iv, size_t niv);
//--- v2/nghttp2.h
#include <stddef.h>
#include <stdint.h>
typedef struct { int32_t settings_id; uint64_t value; } nghttp2_settings_entry;
typedef struct nghttp2_session nghttp2_session;
nghttp2_session *nghttp2_session_new(void);
int nghttp2_submit_settings(nghttp2_session *s, const nghttp2_settings_entry *iv, size_t niv);
//--- v1
#include <stdlib.h>
#include "nghttp2.h"
struct nghttp2_session { uint64_t window; };
nghttp2_session *nghttp2_session_new(void) { return calloc(1, sizeof(nghttp2_session)); }
int nghttp2_submit_settings(nghttp2_session *s, const nghttp2_settings_entry *iv, size_t niv) {
  for (size_t i = 0; i < niv; i++) if (iv[i].settings_id == 4) s->window = iv[i].value;
  return 0;
}
//--- v2
#include <stdlib.h>
#include "nghttp2.h"
struct nghttp2_session { uint64_t window; };
nghttp2_session *nghttp2_session_new(void) { return calloc(1, sizeof(nghttp2_session)); }
int nghttp2_submit_settings(nghttp2_session *s, const nghttp2_settings_entry *iv, size_t niv) {
  for (size_t i = 0; i < niv; i++) if (iv[i].settings_id == 4) s->window = iv[i].value;
  return 0;
}
