// expect: info
// why: libsepol deprecates sepol_security_context_t (a typedef of char *) and spells the parameters out:
// why: sepol_sid_to_context's sepol_security_context_t * becomes char ** and sepol_context_free's
// why: sepol_security_context_t becomes char *, the same types; sepol_context_to_sid's const sepol_security_context_t
// why: (that is char *const) becomes const char *: the top-level const was never part of the function's type, and
// why: const on the pointee only promises the library will not write through it (as in 320). Same registers, same C
// why: symbols: an API change only.
// abidiff: 4 disagree: abidiff reports sepol_context_to_sid's parameter changed from char *const to const char *; the pointer is passed the same way and const on the pointee is only a promise.
//--- v1/services.h
#include <stddef.h>
#include <stdint.h>
typedef char *sepol_security_context_t;
typedef uint32_t sepol_security_id_t;
int sepol_context_to_sid(const sepol_security_context_t scontext, size_t scontext_len, sepol_security_id_t *out_sid);
int sepol_sid_to_context(sepol_security_id_t sid, sepol_security_context_t *scontext, size_t *scontext_len);
void sepol_context_free(sepol_security_context_t scontext);
//--- v2/services.h
#include <stddef.h>
#include <stdint.h>
typedef char *sepol_security_context_t __attribute__((deprecated));
typedef uint32_t sepol_security_id_t;
int sepol_context_to_sid(const char *scontext, size_t scontext_len, sepol_security_id_t *out_sid);
int sepol_sid_to_context(sepol_security_id_t sid, char **scontext, size_t *scontext_len);
void sepol_context_free(char *scontext);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "services.h"
static char table[16][64];
static unsigned int used;
int sepol_context_to_sid(const sepol_security_context_t scontext, size_t scontext_len, sepol_security_id_t *out_sid) {
    if (!scontext || scontext_len == 0 || scontext_len >= 64) return -1;
    for (unsigned int i = 0; i < used; i++) if (strncmp(table[i], scontext, scontext_len) == 0 && table[i][scontext_len] == 0) { *out_sid = i + 1; return 0; }
    if (used == 16) return -1; memcpy(table[used], scontext, scontext_len); table[used][scontext_len] = 0; *out_sid = ++used; return 0;
}
int sepol_sid_to_context(sepol_security_id_t sid, sepol_security_context_t *scontext, size_t *scontext_len) { if (sid == 0 || sid > used) return -1; *scontext = strdup(table[sid - 1]); if (!*scontext) return -1; *scontext_len = strlen(*scontext) + 1; return 0; }
void sepol_context_free(sepol_security_context_t scontext) { free(scontext); }
//--- v2
#include <stdlib.h>
#include <string.h>
#include "services.h"
static char table[16][64];
static unsigned int used;
int sepol_context_to_sid(const char *scontext, size_t scontext_len, sepol_security_id_t *out_sid) {
    if (!scontext || scontext_len == 0 || scontext_len >= 64) return -1;
    for (unsigned int i = 0; i < used; i++) if (strncmp(table[i], scontext, scontext_len) == 0 && table[i][scontext_len] == 0) { *out_sid = i + 1; return 0; }
    if (used == 16) return -1; memcpy(table[used], scontext, scontext_len); table[used][scontext_len] = 0; *out_sid = ++used; return 0;
}
int sepol_sid_to_context(sepol_security_id_t sid, char **scontext, size_t *scontext_len) { if (sid == 0 || sid > used) return -1; *scontext = strdup(table[sid - 1]); if (!*scontext) return -1; *scontext_len = strlen(*scontext) + 1; return 0; }
void sepol_context_free(char *scontext) { free(scontext); }
