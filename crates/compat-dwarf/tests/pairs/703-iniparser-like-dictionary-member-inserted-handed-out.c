// expect: warning
// why: dictionary is declared with its members in the public header dictionary.h and only reached through the
// why: pointers iniparser_load hands out (consumers never allocate one). v2 inserts unsigned flags before val,
// why: moving val, key and hash; whether consumers read d->n or d->key directly only the headers can tell.
// abidiff: 4 agree
//--- v1/dictionary.h
typedef struct _dictionary_ { int n; long size; char **val; char **key; unsigned *hash; } dictionary;
//--- v2/dictionary.h
typedef struct _dictionary_ { int n; long size; unsigned flags; char **val; char **key; unsigned *hash; } dictionary;
//--- iniparser.h
#include "dictionary.h"
dictionary *iniparser_load(const char *ininame);
int iniparser_getnsec(const dictionary *d);
const char *iniparser_getstring(const dictionary *d, const char *key, const char *def);
void iniparser_freedict(dictionary *d);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "iniparser.h"
dictionary *iniparser_load(const char *ininame) { if (!ininame) return 0; dictionary *d = calloc(1, sizeof *d); if (!d) return 0; d->size = 128; d->val = calloc(128, sizeof(char *)); d->key = calloc(128, sizeof(char *)); d->hash = calloc(128, sizeof(unsigned)); return d; }
int iniparser_getnsec(const dictionary *d) { int n = 0; for (long i = 0; d && i < d->size; i++) if (d->key[i] && !strchr(d->key[i], ':')) n++; return n; }
const char *iniparser_getstring(const dictionary *d, const char *key, const char *def) { for (int i = 0; d && key && i < d->n; i++) if (d->key[i] && !strcmp(d->key[i], key)) return d->val[i]; return def; }
void iniparser_freedict(dictionary *d) { if (!d) return; free(d->val); free(d->key); free(d->hash); free(d); }
//--- v2
#include <stdlib.h>
#include <string.h>
#include "iniparser.h"
dictionary *iniparser_load(const char *ininame) { if (!ininame) return 0; dictionary *d = calloc(1, sizeof *d); if (!d) return 0; d->size = 128; d->flags = 1; d->val = calloc(128, sizeof(char *)); d->key = calloc(128, sizeof(char *)); d->hash = calloc(128, sizeof(unsigned)); return d; }
int iniparser_getnsec(const dictionary *d) { int n = 0; for (long i = 0; d && i < d->size; i++) if (d->key[i] && !strchr(d->key[i], ':')) n++; return n; }
const char *iniparser_getstring(const dictionary *d, const char *key, const char *def) { for (int i = 0; d && key && i < d->n; i++) if (d->key[i] && !strcmp(d->key[i], key)) return d->val[i]; return def; }
void iniparser_freedict(dictionary *d) { if (!d) return; free(d->val); free(d->key); free(d->hash); free(d); }
