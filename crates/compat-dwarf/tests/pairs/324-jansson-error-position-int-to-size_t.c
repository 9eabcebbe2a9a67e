// expect: breaking
// why: json_error_t is allocated by the caller and filled through the json_loads out-parameter; nothing hands
// why: one out. v2 widens position from int to size_t: source and text move from bytes 12 and 92 to 16 and 96
// why: and the struct grows, so the library writes the message past the end of old callers' objects.
// abidiff: 4 agree
//--- v1/jansson.h
#include <stddef.h>
typedef struct json_t json_t;
typedef struct json_error_t { int line; int column; int position; char source[80]; char text[160]; } json_error_t;
json_t *json_loads(const char *input, size_t flags, json_error_t *error);
//--- v2/jansson.h
#include <stddef.h>
typedef struct json_t json_t;
typedef struct json_error_t { int line; int column; size_t position; char source[80]; char text[160]; } json_error_t;
json_t *json_loads(const char *input, size_t flags, json_error_t *error);
//--- lib.c
#include <stdlib.h>
#include <string.h>
#include "jansson.h"
struct json_t { int type; size_t refcount; };
json_t *json_loads(const char *input, size_t flags, json_error_t *error) {
  if (!input || !*input) {
    if (error) { error->line = 1; error->column = 0; error->position = 0; strcpy(error->source, "<string>"); strcpy(error->text, "'[' or '{' expected near end of file"); }
    return NULL;
  }
  json_t *j = calloc(1, sizeof *j); if (j) { j->type = (int)(flags & 1); j->refcount = 1; }
  return j;
}
