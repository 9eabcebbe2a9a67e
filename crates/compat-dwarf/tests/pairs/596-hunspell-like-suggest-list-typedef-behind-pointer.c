// expect: none
// why: Hunspell_suggest's out-parameter char ***slst becomes hun_list *slst, with typedef char **hun_list, and
// why: Hunspell_free_list's char ***slst the same: a typedef at the second pointer level, the same type.
// abidiff: 0 agree
//--- v1/hunspell.h
typedef struct Hunhandle Hunhandle;
Hunhandle *Hunspell_create(const char *affpath, const char *dpath);
int Hunspell_suggest(Hunhandle *pHunspell, char ***slst, const char *word);
void Hunspell_free_list(Hunhandle *pHunspell, char ***slst, int n);
//--- v2/hunspell.h
typedef struct Hunhandle Hunhandle;
typedef char **hun_list;
Hunhandle *Hunspell_create(const char *affpath, const char *dpath);
int Hunspell_suggest(Hunhandle *pHunspell, hun_list *slst, const char *word);
void Hunspell_free_list(Hunhandle *pHunspell, hun_list *slst, int n);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "hunspell.h"
struct Hunhandle { const char *aff, *dic; };
Hunhandle *Hunspell_create(const char *affpath, const char *dpath) { Hunhandle *h = malloc(sizeof *h); if (h) { h->aff = affpath; h->dic = dpath; } return h; }
int Hunspell_suggest(Hunhandle *pHunspell, char ***slst, const char *word) { (void)pHunspell; char **l = malloc(sizeof *l); if (!l) return 0; l[0] = strdup(word); *slst = l; return 1; }
void Hunspell_free_list(Hunhandle *pHunspell, char ***slst, int n) { (void)pHunspell; for (int i = 0; i < n; i++) free((*slst)[i]); free(*slst); *slst = 0; }
//--- v2
#include <stdlib.h>
#include <string.h>
#include "hunspell.h"
struct Hunhandle { const char *aff, *dic; };
Hunhandle *Hunspell_create(const char *affpath, const char *dpath) { Hunhandle *h = malloc(sizeof *h); if (h) { h->aff = affpath; h->dic = dpath; } return h; }
int Hunspell_suggest(Hunhandle *pHunspell, hun_list *slst, const char *word) { (void)pHunspell; char **l = malloc(sizeof *l); if (!l) return 0; l[0] = strdup(word); *slst = l; return 1; }
void Hunspell_free_list(Hunhandle *pHunspell, hun_list *slst, int n) { (void)pHunspell; for (int i = 0; i < n; i++) free((*slst)[i]); free(*slst); *slst = 0; }
