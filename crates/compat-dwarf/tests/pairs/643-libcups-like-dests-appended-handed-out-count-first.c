// expect: warning
// why: cups_dest_t is declared with its members in cups.h and only handed out: cupsGetDests allocates the array
// why: and writes it through its cups_dest_t ** out-parameter; cupsFreeDests(int num_dests, cups_dest_t *dests)
// why: takes it back. v2 appends a member: offsets hold, the element grows, so consumers stepping through the
// why: array compiled against v1 break if they read it, which only the public headers can tell: undecided.
// abidiff: 4 agree
//--- v1/cups.h
typedef struct cups_dest_s { char *name; char *instance; int is_default; int num_options; } cups_dest_t;
int cupsGetDests(cups_dest_t **dests);
void cupsFreeDests(int num_dests, cups_dest_t *dests);
//--- v2/cups.h
typedef struct cups_dest_s { char *name; char *instance; int is_default; int num_options; void *options; } cups_dest_t;
int cupsGetDests(cups_dest_t **dests);
void cupsFreeDests(int num_dests, cups_dest_t *dests);
//--- v1
#include <stdlib.h>
#include "cups.h"
int cupsGetDests(cups_dest_t **dests) { cups_dest_t *d = calloc(2, sizeof *d); if (!d) return 0; d[0].name = "lp"; d[0].is_default = 1; d[1].name = "pdf"; *dests = d; return 2; }
void cupsFreeDests(int num_dests, cups_dest_t *dests) { (void)num_dests; free(dests); }
//--- v2
#include <stdlib.h>
#include "cups.h"
int cupsGetDests(cups_dest_t **dests) { cups_dest_t *d = calloc(2, sizeof *d); if (!d) return 0; d[0].name = "lp"; d[0].is_default = 1; d[1].name = "pdf"; *dests = d; return 2; }
void cupsFreeDests(int num_dests, cups_dest_t *dests) { for (int i = 0; i < num_dests; i++) free(dests[i].options); free(dests); }
