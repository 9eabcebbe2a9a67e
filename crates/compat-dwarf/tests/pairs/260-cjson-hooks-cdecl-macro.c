// expect: none
// why: cJSON 1.7 wrapped the function pointers of the caller-filled cJSON_Hooks in CJSON_CDECL, which expands to
// why: nothing outside Windows: the same two function pointer types at the same offsets, the same symbols.
// abidiff: 0 agree
//--- v1/cJSON.h
#include <stddef.h>
typedef struct cJSON_Hooks {
  void *(*malloc_fn)(size_t sz);
  void (*free_fn)(void *ptr);
} cJSON_Hooks;
void cJSON_InitHooks(cJSON_Hooks *hooks);
void *cJSON_malloc(size_t size);
void cJSON_free(void *object);
//--- v2/cJSON.h
#include <stddef.h>
#if defined(_WIN32)
#define CJSON_CDECL __cdecl
#else
#define CJSON_CDECL
#endif
typedef struct cJSON_Hooks {
  void *(CJSON_CDECL *malloc_fn)(size_t sz);
  void (CJSON_CDECL *free_fn)(void *ptr);
} cJSON_Hooks;
void cJSON_InitHooks(cJSON_Hooks *hooks);
void *cJSON_malloc(size_t size);
void cJSON_free(void *object);
//--- lib.c
#include <stdlib.h>
#include "cJSON.h"
static void *(*g_malloc)(size_t) = malloc;
static void (*g_free)(void *) = free;
void cJSON_InitHooks(cJSON_Hooks *hooks) {
  if (!hooks) { g_malloc = malloc; g_free = free; return; }
  g_malloc = hooks->malloc_fn ? hooks->malloc_fn : malloc;
  g_free = hooks->free_fn ? hooks->free_fn : free;
}
void *cJSON_malloc(size_t size) { return g_malloc(size); }
void cJSON_free(void *object) { g_free(object); }
