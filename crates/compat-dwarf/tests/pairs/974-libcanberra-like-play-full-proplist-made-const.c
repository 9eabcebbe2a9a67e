// expect: info
// why: ca_context_play_full and ca_context_cache_full take the property list as const ca_proplist * in v2 (the
// why: library only reads it). ca_proplist is opaque (defined only in the library's sources): the same pointer in the
// why: same register under the same C symbols, so binaries are unaffected; the functions now promise not to
// why: modify the list, an API change a reader should know.
// abidiff: 0 agree
//--- v1/canberra.h
#include <stdint.h>
typedef struct ca_context ca_context;
typedef struct ca_proplist ca_proplist;
typedef void (*ca_finish_callback_t)(ca_context *c, uint32_t id, int error_code, void *userdata);
int ca_context_create(ca_context **c);
int ca_proplist_create(ca_proplist **p);
int ca_proplist_sets(ca_proplist *p, const char *key, const char *value);
int ca_context_play_full(ca_context *c, uint32_t id, ca_proplist *p, ca_finish_callback_t cb, void *userdata);
int ca_context_cache_full(ca_context *c, ca_proplist *p);
//--- v2/canberra.h
#include <stdint.h>
typedef struct ca_context ca_context;
typedef struct ca_proplist ca_proplist;
typedef void (*ca_finish_callback_t)(ca_context *c, uint32_t id, int error_code, void *userdata);
int ca_context_create(ca_context **c);
int ca_proplist_create(ca_proplist **p);
int ca_proplist_sets(ca_proplist *p, const char *key, const char *value);
int ca_context_play_full(ca_context *c, uint32_t id, const ca_proplist *p, ca_finish_callback_t cb, void *userdata);
int ca_context_cache_full(ca_context *c, const ca_proplist *p);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "canberra.h"
struct ca_proplist { char *event_id; char *media_name; };
struct ca_context { uint32_t playing; char cached[4][64]; int ncached; };
int ca_context_create(ca_context **c) { *c = calloc(1, sizeof **c); return *c ? 0 : -4; }
int ca_proplist_create(ca_proplist **p) { *p = calloc(1, sizeof **p); return *p ? 0 : -4; }
int ca_proplist_sets(ca_proplist *p, const char *key, const char *value) {
    char **slot = !strcmp(key, "event.id") ? &p->event_id : !strcmp(key, "media.name") ? &p->media_name : NULL;
    if (!slot) return -2; free(*slot); *slot = strdup(value); return 0;
}
int ca_context_play_full(ca_context *c, uint32_t id, ca_proplist *p, ca_finish_callback_t cb, void *userdata) {
    if (!p->event_id) return -2; c->playing = id; if (cb) cb(c, id, 0, userdata); return 0;
}
int ca_context_cache_full(ca_context *c, ca_proplist *p) {
    if (!p->event_id || c->ncached == 4) return -2; strncpy(c->cached[c->ncached++], p->event_id, 63); return 0;
}
//--- v2
#include <stdlib.h>
#include <string.h>
#include "canberra.h"
struct ca_proplist { char *event_id; char *media_name; };
struct ca_context { uint32_t playing; char cached[4][64]; int ncached; };
int ca_context_create(ca_context **c) { *c = calloc(1, sizeof **c); return *c ? 0 : -4; }
int ca_proplist_create(ca_proplist **p) { *p = calloc(1, sizeof **p); return *p ? 0 : -4; }
int ca_proplist_sets(ca_proplist *p, const char *key, const char *value) {
    char **slot = !strcmp(key, "event.id") ? &p->event_id : !strcmp(key, "media.name") ? &p->media_name : NULL;
    if (!slot) return -2; free(*slot); *slot = strdup(value); return 0;
}
int ca_context_play_full(ca_context *c, uint32_t id, const ca_proplist *p, ca_finish_callback_t cb, void *userdata) {
    if (!p->event_id) return -2; c->playing = id; if (cb) cb(c, id, 0, userdata); return 0;
}
int ca_context_cache_full(ca_context *c, const ca_proplist *p) {
    if (!p->event_id || c->ncached == 4) return -2; strncpy(c->cached[c->ncached++], p->event_id, 63); return 0;
}
