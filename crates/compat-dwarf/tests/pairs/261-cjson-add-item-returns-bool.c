// expect: info
// why: cJSON 1.7.13 made cJSON_AddItemToArray return cJSON_bool (typedef int) instead of void, and spelled
// why: cJSON_IsTrue's int result as cJSON_bool. The typedef is the same int; old callers of the former void
// why: function never read %eax. Binaries are unaffected; the new result is an API change worth a note.
// abidiff: 4 disagree: abidiff reports cJSON_AddItemToArray's result changed from void to cJSON_bool; old callers never read %eax (as in 123).
//--- v1/cJSON.h
typedef struct cJSON { struct cJSON *next; struct cJSON *prev; struct cJSON *child; int type; char *valuestring; int valueint; double valuedouble; char *string; } cJSON;
cJSON *cJSON_CreateArray(void);
cJSON *cJSON_CreateTrue(void);
void cJSON_AddItemToArray(cJSON *array, cJSON *item);
int cJSON_IsTrue(const cJSON *item);
//--- v2/cJSON.h
typedef int cJSON_bool;
typedef struct cJSON { struct cJSON *next; struct cJSON *prev; struct cJSON *child; int type; char *valuestring; int valueint; double valuedouble; char *string; } cJSON;
cJSON *cJSON_CreateArray(void);
cJSON *cJSON_CreateTrue(void);
cJSON_bool cJSON_AddItemToArray(cJSON *array, cJSON *item);
cJSON_bool cJSON_IsTrue(const cJSON *item);
//--- v1
#include <stdlib.h>
#include "cJSON.h"
cJSON *cJSON_CreateArray(void) { cJSON *c = calloc(1, sizeof *c); if (c) c->type = 32; return c; }
cJSON *cJSON_CreateTrue(void) { cJSON *c = calloc(1, sizeof *c); if (c) c->type = 2; return c; }
void cJSON_AddItemToArray(cJSON *array, cJSON *item) {
  if (!array || !item) return;
  cJSON *c = array->child;
  if (!c) { array->child = item; return; }
  while (c->next) c = c->next;
  c->next = item; item->prev = c;
}
int cJSON_IsTrue(const cJSON *item) { return item && (item->type & 0xff) == 2; }
//--- v2
#include <stdlib.h>
#include "cJSON.h"
cJSON *cJSON_CreateArray(void) { cJSON *c = calloc(1, sizeof *c); if (c) c->type = 32; return c; }
cJSON *cJSON_CreateTrue(void) { cJSON *c = calloc(1, sizeof *c); if (c) c->type = 2; return c; }
cJSON_bool cJSON_AddItemToArray(cJSON *array, cJSON *item) {
  if (!array || !item || array == item) return 0;
  cJSON *c = array->child;
  if (!c) { array->child = item; return 1; }
  while (c->next) c = c->next;
  c->next = item; item->prev = c;
  return 1;
}
cJSON_bool cJSON_IsTrue(const cJSON *item) { return item && (item->type & 0xff) == 2; }
