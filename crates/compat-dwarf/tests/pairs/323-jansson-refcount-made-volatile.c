// expect: warning
// why: json_t is declared with its members in jansson.h and handed out by json_object and friends; consumers'
// why: inline json_incref and json_typeof read and write its members. v2 makes refcount volatile size_t (jansson
// why: 2.x made it atomic-friendly): the same size and offset, but a qualifier on data changed, a warning for a
// why: public type (as in 38); json_t is undecided, not private, so the warning stands.
// abidiff: 4 agree
//--- v1/jansson.h
#include <stddef.h>
typedef enum { JSON_OBJECT, JSON_ARRAY, JSON_STRING, JSON_INTEGER, JSON_REAL, JSON_TRUE, JSON_FALSE, JSON_NULL } json_type;
typedef struct json_t { json_type type; size_t refcount; } json_t;
json_t *json_object(void);
void json_delete(json_t *json);
static inline json_t *json_incref(json_t *json) { if (json && json->refcount != (size_t)-1) ++json->refcount; return json; }
//--- v2/jansson.h
#include <stddef.h>
typedef enum { JSON_OBJECT, JSON_ARRAY, JSON_STRING, JSON_INTEGER, JSON_REAL, JSON_TRUE, JSON_FALSE, JSON_NULL } json_type;
typedef struct json_t { json_type type; volatile size_t refcount; } json_t;
json_t *json_object(void);
void json_delete(json_t *json);
static inline json_t *json_incref(json_t *json) { if (json && json->refcount != (size_t)-1) ++json->refcount; return json; }
//--- lib.c
#include <stdlib.h>
#include "jansson.h"
json_t *json_object(void) { json_t *j = malloc(sizeof *j); if (j) { j->type = JSON_OBJECT; j->refcount = 1; } return j; }
void json_delete(json_t *json) { if (json && --json->refcount == 0) free(json); }
