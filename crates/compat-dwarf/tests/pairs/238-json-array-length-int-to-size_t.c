// expect: breaking
// why: json_object_array_length returns size_t instead of int (json-c 0.13 did this and bumped its soname): the
// why: result widens from 4 to 8 bytes and loses its sign; old callers read only %eax and test < 0 for errors.
// abidiff: 4 agree
//--- v1/json.h
struct json_object;
struct json_object *json_object_new_array(void);
int json_object_array_length(const struct json_object *o);
//--- v2/json.h
#include <stddef.h>
struct json_object;
struct json_object *json_object_new_array(void);
size_t json_object_array_length(const struct json_object *o);
//--- v1
#include <stdlib.h>
#include "json.h"
struct json_object { int type; int len; void **items; };
struct json_object *json_object_new_array(void) { return calloc(1, sizeof(struct json_object)); }
int json_object_array_length(const struct json_object *o) { return o->len; }
//--- v2
#include <stdlib.h>
#include "json.h"
struct json_object { int type; size_t len; void **items; };
struct json_object *json_object_new_array(void) { return calloc(1, sizeof(struct json_object)); }
size_t json_object_array_length(const struct json_object *o) { return o->len; }
