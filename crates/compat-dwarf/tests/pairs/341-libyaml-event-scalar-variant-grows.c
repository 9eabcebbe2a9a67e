// expect: breaking
// why: yaml_event_t is allocated by the caller (yaml_event_t event; yaml_scalar_event_initialize(&event, ...))
// why: and nothing hands one out. v2 adds a comment pointer to the scalar variant of its data union: the
// why: variant grows from 48 to 56 bytes, so start_mark and end_mark move from 56 and 80 to 64 and 88 and the
// why: event from 104 to 112 bytes; the library writes the marks past the end of old callers' events.
// abidiff: 4 agree
//--- v1/yaml.h
#include <stddef.h>
typedef unsigned char yaml_char_t;
typedef struct yaml_mark_s { size_t index; size_t line; size_t column; } yaml_mark_t;
typedef enum yaml_scalar_style_e { YAML_ANY_SCALAR_STYLE, YAML_PLAIN_SCALAR_STYLE, YAML_SINGLE_QUOTED_SCALAR_STYLE, YAML_DOUBLE_QUOTED_SCALAR_STYLE } yaml_scalar_style_t;
typedef enum yaml_event_type_e { YAML_NO_EVENT, YAML_STREAM_START_EVENT, YAML_ALIAS_EVENT, YAML_SCALAR_EVENT } yaml_event_type_t;
typedef struct yaml_event_s {
  yaml_event_type_t type;
  union {
    struct { int encoding; } stream_start;
    struct { yaml_char_t *anchor; } alias;
    struct { yaml_char_t *anchor; yaml_char_t *tag; yaml_char_t *value; size_t length; int plain_implicit; int quoted_implicit; yaml_scalar_style_t style; } scalar;
  } data;
  yaml_mark_t start_mark;
  yaml_mark_t end_mark;
} yaml_event_t;
int yaml_scalar_event_initialize(yaml_event_t *event, const yaml_char_t *anchor, const yaml_char_t *tag, const yaml_char_t *value, int length, int plain_implicit, int quoted_implicit, yaml_scalar_style_t style);
void yaml_event_delete(yaml_event_t *event);
//--- v2/yaml.h
#include <stddef.h>
typedef unsigned char yaml_char_t;
typedef struct yaml_mark_s { size_t index; size_t line; size_t column; } yaml_mark_t;
typedef enum yaml_scalar_style_e { YAML_ANY_SCALAR_STYLE, YAML_PLAIN_SCALAR_STYLE, YAML_SINGLE_QUOTED_SCALAR_STYLE, YAML_DOUBLE_QUOTED_SCALAR_STYLE } yaml_scalar_style_t;
typedef enum yaml_event_type_e { YAML_NO_EVENT, YAML_STREAM_START_EVENT, YAML_ALIAS_EVENT, YAML_SCALAR_EVENT } yaml_event_type_t;
typedef struct yaml_event_s {
  yaml_event_type_t type;
  union {
    struct { int encoding; } stream_start;
    struct { yaml_char_t *anchor; } alias;
    struct { yaml_char_t *anchor; yaml_char_t *tag; yaml_char_t *value; size_t length; int plain_implicit; int quoted_implicit; yaml_scalar_style_t style; yaml_char_t *comment; } scalar;
  } data;
  yaml_mark_t start_mark;
  yaml_mark_t end_mark;
} yaml_event_t;
int yaml_scalar_event_initialize(yaml_event_t *event, const yaml_char_t *anchor, const yaml_char_t *tag, const yaml_char_t *value, int length, int plain_implicit, int quoted_implicit, yaml_scalar_style_t style);
void yaml_event_delete(yaml_event_t *event);
//--- lib.c
#include <stdlib.h>
#include <string.h>
#include "yaml.h"
static yaml_char_t *dup(const yaml_char_t *s) { return s ? (yaml_char_t *)strdup((const char *)s) : NULL; }
int yaml_scalar_event_initialize(yaml_event_t *event, const yaml_char_t *anchor, const yaml_char_t *tag, const yaml_char_t *value, int length, int plain_implicit, int quoted_implicit, yaml_scalar_style_t style) {
  if (!event || !value) return 0;
  memset(event, 0, sizeof *event);
  event->type = YAML_SCALAR_EVENT;
  event->data.scalar.anchor = dup(anchor);
  event->data.scalar.tag = dup(tag);
  event->data.scalar.value = dup(value);
  event->data.scalar.length = length < 0 ? strlen((const char *)value) : (size_t)length;
  event->data.scalar.plain_implicit = plain_implicit;
  event->data.scalar.quoted_implicit = quoted_implicit;
  event->data.scalar.style = style;
  return 1;
}
void yaml_event_delete(yaml_event_t *event) {
  if (event && event->type == YAML_SCALAR_EVENT) { free(event->data.scalar.anchor); free(event->data.scalar.tag); free(event->data.scalar.value); }
  if (event) memset(event, 0, sizeof *event);
}
