// expect: breaking
// why: git_oid's id grows from 20 to 32 bytes for SHA-256; callers allocate git_oid and pass it to
// why: git_oid_fromstr to be filled (nothing hands one out), so the library writes 12 bytes past old callers' objects.
// abidiff: 4 agree
//--- v1/oid.h
typedef struct git_oid { unsigned char id[20]; } git_oid;
int git_oid_fromstr(git_oid *out, const char *str);
int git_oid_cmp(const git_oid *a, const git_oid *b);
//--- v2/oid.h
typedef struct git_oid { unsigned char id[32]; } git_oid;
int git_oid_fromstr(git_oid *out, const char *str);
int git_oid_cmp(const git_oid *a, const git_oid *b);
//--- v1
#include <string.h>
#include "oid.h"
int git_oid_fromstr(git_oid *out, const char *str) { memset(out->id, 0, sizeof out->id); for (size_t i = 0; i < sizeof out->id && str[i]; i++) out->id[i] = (unsigned char)str[i]; return 0; }
int git_oid_cmp(const git_oid *a, const git_oid *b) { return memcmp(a->id, b->id, sizeof a->id); }
//--- v2
#include <string.h>
#include "oid.h"
int git_oid_fromstr(git_oid *out, const char *str) { memset(out->id, 0, sizeof out->id); for (size_t i = 0; i < sizeof out->id && str[i]; i++) out->id[i] = (unsigned char)str[i]; return 0; }
int git_oid_cmp(const git_oid *a, const git_oid *b) { return memcmp(a->id, b->id, sizeof a->id); }
