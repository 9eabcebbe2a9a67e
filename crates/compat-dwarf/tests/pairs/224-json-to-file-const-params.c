// expect: info
// why: json_object_to_file's filename becomes const char * and obj becomes const struct json_object *: the same
// why: pointers in the same registers and an unchanged C symbol (as in 110); the library only promises not to
// why: write through them.
// abidiff: 0 agree
//--- v1/json.h
struct json_object;
struct json_object *json_object_new_int(int v);
int json_object_to_file(char *filename, struct json_object *obj);
//--- v2/json.h
struct json_object;
struct json_object *json_object_new_int(int v);
int json_object_to_file(const char *filename, const struct json_object *obj);
//--- v1
#include <stdio.h>
#include <stdlib.h>
#include "json.h"
struct json_object { int type; int i; };
struct json_object *json_object_new_int(int v) { struct json_object *o = calloc(1, sizeof *o); if (o) o->i = v; return o; }
int json_object_to_file(char *filename, struct json_object *obj) { FILE *f = fopen(filename, "w"); if (!f) return -1; fprintf(f, "%d\n", obj->i); return fclose(f); }
//--- v2
#include <stdio.h>
#include <stdlib.h>
#include "json.h"
struct json_object { int type; int i; };
struct json_object *json_object_new_int(int v) { struct json_object *o = calloc(1, sizeof *o); if (o) o->i = v; return o; }
int json_object_to_file(const char *filename, const struct json_object *obj) { FILE *f = fopen(filename, "w"); if (!f) return -1; fprintf(f, "%d\n", obj->i); return fclose(f); }
