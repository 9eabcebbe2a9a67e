// expect: none
// why: v2 adds typedef struct aa_features aa_features and spells the parameters aa_features * and aa_features **
// why: instead of struct aa_features * and **: a typedef of the very same struct at every pointer level.
// abidiff: 0 agree
//--- v1/apparmor.h
struct aa_features;
int aa_features_new_from_kernel(struct aa_features **features);
int aa_features_supports(struct aa_features *features, const char *str);
void aa_features_unref(struct aa_features *features);
//--- v2/apparmor.h
typedef struct aa_features aa_features;
int aa_features_new_from_kernel(aa_features **features);
int aa_features_supports(aa_features *features, const char *str);
void aa_features_unref(aa_features *features);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "apparmor.h"
struct aa_features { int ref; char string[256]; };
int aa_features_new_from_kernel(struct aa_features **f) { if (!f) return -1; *f = calloc(1, sizeof **f); if (!*f) return -1; (*f)->ref = 1; strcpy((*f)->string, "file network"); return 0; }
int aa_features_supports(struct aa_features *f, const char *str) { return f && str && strstr(f->string, str) != 0; }
void aa_features_unref(struct aa_features *f) { if (f && --f->ref == 0) free(f); }
//--- v2
#include <stdlib.h>
#include <string.h>
#include "apparmor.h"
struct aa_features { int ref; char string[256]; };
int aa_features_new_from_kernel(aa_features **f) { if (!f) return -1; *f = calloc(1, sizeof **f); if (!*f) return -1; (*f)->ref = 1; strcpy((*f)->string, "file network"); return 0; }
int aa_features_supports(aa_features *f, const char *str) { return f && str && strstr(f->string, str) != 0; }
void aa_features_unref(aa_features *f) { if (f && --f->ref == 0) free(f); }
