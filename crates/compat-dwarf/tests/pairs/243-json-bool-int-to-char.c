// expect: breaking
// why: json_bool narrows from int to char: json_object_get_boolean now sets only %al while old callers test all
// why: of %eax (the upper bits are unspecified), and json_object_new_boolean reads only the low byte of an int
// why: old callers pass (256 reads as false).
// abidiff: 4 agree
//--- v1/json.h
typedef int json_bool;
struct json_object;
struct json_object *json_object_new_boolean(json_bool b);
json_bool json_object_get_boolean(const struct json_object *o);
//--- v2/json.h
typedef char json_bool;
struct json_object;
struct json_object *json_object_new_boolean(json_bool b);
json_bool json_object_get_boolean(const struct json_object *o);
//--- v1
#include <stdlib.h>
#include "json.h"
struct json_object { int type; json_bool b; };
struct json_object *json_object_new_boolean(json_bool b) { struct json_object *o = calloc(1, sizeof *o); if (o) o->b = b; return o; }
json_bool json_object_get_boolean(const struct json_object *o) { return o->b; }
//--- v2
#include <stdlib.h>
#include "json.h"
struct json_object { int type; json_bool b; };
struct json_object *json_object_new_boolean(json_bool b) { struct json_object *o = calloc(1, sizeof *o); if (o) o->b = b; return o; }
json_bool json_object_get_boolean(const struct json_object *o) { return o->b; }
