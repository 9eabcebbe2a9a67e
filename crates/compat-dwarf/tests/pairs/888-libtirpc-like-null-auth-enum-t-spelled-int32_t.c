// expect: none
// why: libtirpc's rpc/types.h defined enum_t and bool_t as int; newer releases define them as int32_t, which is a
// why: typedef of int. struct opaque_auth (whose flavor member is an enum_t), the exported variable _null_auth of that
// why: type and the bool_t results keep the same types at every level: the same object size and layout, the same
// why: registers, the same C symbols.
// abidiff: 0 agree
//--- v1/rpc-types.h
#include <stdint.h>
typedef int bool_t;
typedef int enum_t;
typedef char *caddr_t;
typedef unsigned int u_int;
//--- v2/rpc-types.h
#include <stdint.h>
typedef int32_t bool_t;
typedef int32_t enum_t;
typedef char *caddr_t;
typedef unsigned int u_int;
//--- auth.h
#define MAX_AUTH_BYTES 400
#define AUTH_NONE 0
#define AUTH_SYS 1
struct opaque_auth { enum_t oa_flavor; caddr_t oa_base; u_int oa_length; };
typedef struct __auth { struct opaque_auth ah_cred; struct opaque_auth ah_verf; void *ah_private; } AUTH;
extern struct opaque_auth _null_auth;
AUTH *authnone_create(void);
bool_t auth_valid_flavor(const struct opaque_auth *cred);
void auth_destroy(AUTH *auth);
//--- v1
#include <stdlib.h>
#include "rpc-types.h"
#include "auth.h"
struct opaque_auth _null_auth = { AUTH_NONE, 0, 0 };
AUTH *authnone_create(void) { AUTH *a = calloc(1, sizeof *a); if (a) { a->ah_cred = _null_auth; a->ah_verf = _null_auth; } return a; }
bool_t auth_valid_flavor(const struct opaque_auth *cred) { return cred && (cred->oa_flavor == AUTH_NONE || cred->oa_flavor == AUTH_SYS) && cred->oa_length <= MAX_AUTH_BYTES; }
void auth_destroy(AUTH *auth) { free(auth); }
//--- v2
#include <stdlib.h>
#include "rpc-types.h"
#include "auth.h"
struct opaque_auth _null_auth = { AUTH_NONE, 0, 0 };
AUTH *authnone_create(void) { AUTH *a = calloc(1, sizeof *a); if (a) { a->ah_cred = _null_auth; a->ah_verf = _null_auth; } return a; }
bool_t auth_valid_flavor(const struct opaque_auth *cred) { return cred && (cred->oa_flavor == AUTH_NONE || cred->oa_flavor == AUTH_SYS) && cred->oa_length <= MAX_AUTH_BYTES; }
void auth_destroy(AUTH *auth) { free(auth); }
