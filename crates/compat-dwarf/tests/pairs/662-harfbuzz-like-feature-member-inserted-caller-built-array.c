// expect: breaking
// why: hb_feature_t is built by callers in arrays they pass to hb_shape(font, buffer, features, num_features)
// why: (hb_feature_from_string fills the caller's struct); nothing hands one out. v2 inserts unsigned int flags
// why: after value, growing the element from 16 to 20 bytes and moving start and end: the library indexes old
// why: callers' arrays with the new stride and reads start and end from the wrong bytes.
// abidiff: 4 agree
//--- v1/hb.h
#include <stdint.h>
typedef uint32_t hb_tag_t;
typedef struct hb_font_t hb_font_t;
typedef struct hb_buffer_t hb_buffer_t;
typedef struct hb_feature_t { hb_tag_t tag; uint32_t value; unsigned int start; unsigned int end; } hb_feature_t;
int hb_feature_from_string(const char *str, int len, hb_feature_t *feature);
void hb_shape(hb_font_t *font, hb_buffer_t *buffer, const hb_feature_t *features, unsigned int num_features);
//--- v2/hb.h
#include <stdint.h>
typedef uint32_t hb_tag_t;
typedef struct hb_font_t hb_font_t;
typedef struct hb_buffer_t hb_buffer_t;
typedef struct hb_feature_t { hb_tag_t tag; uint32_t value; unsigned int flags; unsigned int start; unsigned int end; } hb_feature_t;
int hb_feature_from_string(const char *str, int len, hb_feature_t *feature);
void hb_shape(hb_font_t *font, hb_buffer_t *buffer, const hb_feature_t *features, unsigned int num_features);
//--- v1
#include "hb.h"
struct hb_buffer_t { unsigned int mask; };
int hb_feature_from_string(const char *str, int len, hb_feature_t *f) { if (!str || len < 4) return 0; f->tag = (hb_tag_t)str[0] << 24 | (hb_tag_t)str[1] << 16 | (hb_tag_t)str[2] << 8 | (hb_tag_t)str[3]; f->value = 1; f->start = 0; f->end = (unsigned int)-1; return 1; }
void hb_shape(hb_font_t *font, hb_buffer_t *buffer, const hb_feature_t *features, unsigned int n) { (void)font; for (unsigned int i = 0; i < n; i++) if (features[i].value && features[i].start == 0) buffer->mask |= features[i].tag; }
//--- v2
#include "hb.h"
struct hb_buffer_t { unsigned int mask; };
int hb_feature_from_string(const char *str, int len, hb_feature_t *f) { if (!str || len < 4) return 0; f->tag = (hb_tag_t)str[0] << 24 | (hb_tag_t)str[1] << 16 | (hb_tag_t)str[2] << 8 | (hb_tag_t)str[3]; f->value = 1; f->flags = 0; f->start = 0; f->end = (unsigned int)-1; return 1; }
void hb_shape(hb_font_t *font, hb_buffer_t *buffer, const hb_feature_t *features, unsigned int n) { (void)font; for (unsigned int i = 0; i < n; i++) if (features[i].value && features[i].start == 0 && !features[i].flags) buffer->mask |= features[i].tag; }
