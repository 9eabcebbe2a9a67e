// expect: none
// why: libfido2 spells its byte-buffer parameters const unsigned char * in v1 and const uint8_t * in v2
// why: (fido_cred_set_clientdata_hash, fido_cred_set_user, and fido_cred_copy_id's out-buffer). uint8_t is a typedef
// why: of unsigned char through __uint8_t: every parameter and result denotes the same type.
// abidiff: 0 agree
//--- v1/fido.h
#include <stddef.h>
typedef struct fido_cred fido_cred_t;
fido_cred_t *fido_cred_new(void);
int fido_cred_set_clientdata_hash(fido_cred_t *cred, const unsigned char *hash, size_t hash_len);
int fido_cred_set_user(fido_cred_t *cred, const unsigned char *user_id, size_t user_id_len, const char *name);
size_t fido_cred_copy_id(const fido_cred_t *cred, unsigned char *out, size_t out_len);
void fido_cred_free(fido_cred_t **cred_p);
//--- v2/fido.h
#include <stddef.h>
#include <stdint.h>
typedef struct fido_cred fido_cred_t;
fido_cred_t *fido_cred_new(void);
int fido_cred_set_clientdata_hash(fido_cred_t *cred, const uint8_t *hash, size_t hash_len);
int fido_cred_set_user(fido_cred_t *cred, const uint8_t *user_id, size_t user_id_len, const char *name);
size_t fido_cred_copy_id(const fido_cred_t *cred, uint8_t *out, size_t out_len);
void fido_cred_free(fido_cred_t **cred_p);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "fido.h"
struct fido_cred { unsigned char cdh[32]; size_t cdh_len; unsigned char user_id[64]; size_t user_id_len; };
fido_cred_t *fido_cred_new(void) { return calloc(1, sizeof(fido_cred_t)); }
int fido_cred_set_clientdata_hash(fido_cred_t *cred, const unsigned char *hash, size_t hash_len) { if (hash_len > sizeof cred->cdh) return -7; memcpy(cred->cdh, hash, hash_len); cred->cdh_len = hash_len; return 0; }
int fido_cred_set_user(fido_cred_t *cred, const unsigned char *user_id, size_t user_id_len, const char *name) { (void)name; if (user_id_len > sizeof cred->user_id) return -7; memcpy(cred->user_id, user_id, user_id_len); cred->user_id_len = user_id_len; return 0; }
size_t fido_cred_copy_id(const fido_cred_t *cred, unsigned char *out, size_t out_len) { size_t n = cred->user_id_len < out_len ? cred->user_id_len : out_len; memcpy(out, cred->user_id, n); return n; }
void fido_cred_free(fido_cred_t **cred_p) { if (cred_p) { free(*cred_p); *cred_p = 0; } }
//--- v2
#include <stdlib.h>
#include <string.h>
#include "fido.h"
struct fido_cred { unsigned char cdh[32]; size_t cdh_len; unsigned char user_id[64]; size_t user_id_len; };
fido_cred_t *fido_cred_new(void) { return calloc(1, sizeof(fido_cred_t)); }
int fido_cred_set_clientdata_hash(fido_cred_t *cred, const uint8_t *hash, size_t hash_len) { if (hash_len > sizeof cred->cdh) return -7; memcpy(cred->cdh, hash, hash_len); cred->cdh_len = hash_len; return 0; }
int fido_cred_set_user(fido_cred_t *cred, const uint8_t *user_id, size_t user_id_len, const char *name) { (void)name; if (user_id_len > sizeof cred->user_id) return -7; memcpy(cred->user_id, user_id, user_id_len); cred->user_id_len = user_id_len; return 0; }
size_t fido_cred_copy_id(const fido_cred_t *cred, uint8_t *out, size_t out_len) { size_t n = cred->user_id_len < out_len ? cred->user_id_len : out_len; memcpy(out, cred->user_id, n); return n; }
void fido_cred_free(fido_cred_t **cred_p) { if (cred_p) { free(*cred_p); *cred_p = 0; } }
