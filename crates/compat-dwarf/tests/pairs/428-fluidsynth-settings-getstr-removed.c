// expect: breaking
// why: fluid_settings_getstr returned a pointer into the settings' own storage, which another thread could free;
// why: FluidSynth 1.1 added fluid_settings_copystr and fluid_settings_dupstr as the safe replacements, and 2.0 removes
// why: getstr. Binaries built against v1 that call fluid_settings_getstr (say, for "audio.driver") reference a symbol v2
// why: no longer exports and fail to load.
// abidiff: 12 agree
//--- v1/settings.h
typedef struct _fluid_hashtable_t fluid_settings_t;
#define FLUID_OK 0
#define FLUID_FAILED (-1)
fluid_settings_t *new_fluid_settings(void);
void delete_fluid_settings(fluid_settings_t *settings);
int fluid_settings_setstr(fluid_settings_t *settings, const char *name, const char *str);
int fluid_settings_getstr(fluid_settings_t *settings, const char *name, char **str);
int fluid_settings_copystr(fluid_settings_t *settings, const char *name, char *str, int len);
int fluid_settings_dupstr(fluid_settings_t *settings, const char *name, char **str);
int fluid_settings_str_equal(fluid_settings_t *settings, const char *name, const char *value);
//--- v2/settings.h
typedef struct _fluid_hashtable_t fluid_settings_t;
#define FLUID_OK 0
#define FLUID_FAILED (-1)
fluid_settings_t *new_fluid_settings(void);
void delete_fluid_settings(fluid_settings_t *settings);
int fluid_settings_setstr(fluid_settings_t *settings, const char *name, const char *str);
int fluid_settings_copystr(fluid_settings_t *settings, const char *name, char *str, int len);
int fluid_settings_dupstr(fluid_settings_t *settings, const char *name, char **str);
int fluid_settings_str_equal(fluid_settings_t *settings, const char *name, const char *value);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "settings.h"
struct entry { char name[32]; char *value; };
struct _fluid_hashtable_t { struct entry e[16]; int n; };
fluid_settings_t *new_fluid_settings(void) { fluid_settings_t *s = calloc(1, sizeof *s); if (s) fluid_settings_setstr(s, "audio.driver", "jack"); return s; }
void delete_fluid_settings(fluid_settings_t *s) { if (!s) return; for (int i = 0; i < s->n; i++) free(s->e[i].value); free(s); }
static struct entry *find(fluid_settings_t *s, const char *name) { for (int i = 0; i < s->n; i++) if (!strcmp(s->e[i].name, name)) return &s->e[i]; return NULL; }
int fluid_settings_setstr(fluid_settings_t *s, const char *name, const char *str) {
  struct entry *e = find(s, name);
  if (!e) { if (s->n == 16 || strlen(name) >= 32) return FLUID_FAILED; e = &s->e[s->n++]; strcpy(e->name, name); }
  free(e->value); e->value = strdup(str);
  return e->value ? FLUID_OK : FLUID_FAILED;
}
int fluid_settings_getstr(fluid_settings_t *s, const char *name, char **str) { struct entry *e = find(s, name); *str = e ? e->value : NULL; return e ? FLUID_OK : FLUID_FAILED; }
int fluid_settings_copystr(fluid_settings_t *s, const char *name, char *str, int len) {
  struct entry *e = find(s, name);
  if (!e || len <= 0) return FLUID_FAILED;
  strncpy(str, e->value, (size_t)len - 1); str[len - 1] = '\0';
  return FLUID_OK;
}
int fluid_settings_dupstr(fluid_settings_t *s, const char *name, char **str) { struct entry *e = find(s, name); *str = e ? strdup(e->value) : NULL; return *str ? FLUID_OK : FLUID_FAILED; }
int fluid_settings_str_equal(fluid_settings_t *s, const char *name, const char *value) { struct entry *e = find(s, name); return e && !strcmp(e->value, value); }
//--- v2
#include <stdlib.h>
#include <string.h>
#include "settings.h"
struct entry { char name[32]; char *value; };
struct _fluid_hashtable_t { struct entry e[16]; int n; };
fluid_settings_t *new_fluid_settings(void) { fluid_settings_t *s = calloc(1, sizeof *s); if (s) fluid_settings_setstr(s, "audio.driver", "jack"); return s; }
void delete_fluid_settings(fluid_settings_t *s) { if (!s) return; for (int i = 0; i < s->n; i++) free(s->e[i].value); free(s); }
static struct entry *find(fluid_settings_t *s, const char *name) { for (int i = 0; i < s->n; i++) if (!strcmp(s->e[i].name, name)) return &s->e[i]; return NULL; }
int fluid_settings_setstr(fluid_settings_t *s, const char *name, const char *str) {
  struct entry *e = find(s, name);
  if (!e) { if (s->n == 16 || strlen(name) >= 32) return FLUID_FAILED; e = &s->e[s->n++]; strcpy(e->name, name); }
  free(e->value); e->value = strdup(str);
  return e->value ? FLUID_OK : FLUID_FAILED;
}
int fluid_settings_copystr(fluid_settings_t *s, const char *name, char *str, int len) {
  struct entry *e = find(s, name);
  if (!e || len <= 0) return FLUID_FAILED;
  strncpy(str, e->value, (size_t)len - 1); str[len - 1] = '\0';
  return FLUID_OK;
}
int fluid_settings_dupstr(fluid_settings_t *s, const char *name, char **str) { struct entry *e = find(s, name); *str = e ? strdup(e->value) : NULL; return *str ? FLUID_OK : FLUID_FAILED; }
int fluid_settings_str_equal(fluid_settings_t *s, const char *name, const char *value) { struct entry *e = find(s, name); return e && !strcmp(e->value, value); }
