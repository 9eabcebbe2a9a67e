// expect: breaking
// why: struct crypt_pbkdf_type is filled by callers and passed to crypt_set_pbkdf_type, which copies it. v2 inserts
// why: uint32_t min_memory_kb after max_memory_kb: parallel_threads and flags move from 28 and 32 to 32 and 36 (the
// why: struct stays 40 bytes, the insertion eating its tail padding), so the library reads a v1 caller's
// why: parallel_threads as min_memory_kb, its flags as the thread count and its padding as flags.
// abidiff: 4 agree
//--- v1/libcryptsetup.h
#include <stdint.h>
struct crypt_device;
struct crypt_pbkdf_type { const char *type; const char *hash; uint32_t time_ms; uint32_t iterations; uint32_t max_memory_kb; uint32_t parallel_threads; uint32_t flags; };
int crypt_init(struct crypt_device **cd, const char *device);
int crypt_set_pbkdf_type(struct crypt_device *cd, const struct crypt_pbkdf_type *pbkdf);
uint32_t crypt_get_pbkdf_threads(struct crypt_device *cd);
void crypt_free(struct crypt_device *cd);
//--- v2/libcryptsetup.h
#include <stdint.h>
struct crypt_device;
struct crypt_pbkdf_type { const char *type; const char *hash; uint32_t time_ms; uint32_t iterations; uint32_t max_memory_kb; uint32_t min_memory_kb; uint32_t parallel_threads; uint32_t flags; };
int crypt_init(struct crypt_device **cd, const char *device);
int crypt_set_pbkdf_type(struct crypt_device *cd, const struct crypt_pbkdf_type *pbkdf);
uint32_t crypt_get_pbkdf_threads(struct crypt_device *cd);
void crypt_free(struct crypt_device *cd);
//--- v1
#include <stdlib.h>
#include "libcryptsetup.h"
struct crypt_device { const char *device; struct crypt_pbkdf_type pbkdf; };
int crypt_init(struct crypt_device **cd, const char *device) { struct crypt_device *c = calloc(1, sizeof *c); if (!c) return -12; c->device = device; *cd = c; return 0; }
int crypt_set_pbkdf_type(struct crypt_device *cd, const struct crypt_pbkdf_type *pbkdf) { if (!pbkdf || !pbkdf->type) return -22; cd->pbkdf = *pbkdf; if (!cd->pbkdf.parallel_threads) cd->pbkdf.parallel_threads = 4; return 0; }
uint32_t crypt_get_pbkdf_threads(struct crypt_device *cd) { return cd->pbkdf.parallel_threads; }
void crypt_free(struct crypt_device *cd) { free(cd); }
//--- v2
#include <stdlib.h>
#include "libcryptsetup.h"
struct crypt_device { const char *device; struct crypt_pbkdf_type pbkdf; };
int crypt_init(struct crypt_device **cd, const char *device) { struct crypt_device *c = calloc(1, sizeof *c); if (!c) return -12; c->device = device; *cd = c; return 0; }
int crypt_set_pbkdf_type(struct crypt_device *cd, const struct crypt_pbkdf_type *pbkdf) { if (!pbkdf || !pbkdf->type) return -22; cd->pbkdf = *pbkdf; if (!cd->pbkdf.parallel_threads) cd->pbkdf.parallel_threads = 4; if (cd->pbkdf.min_memory_kb > cd->pbkdf.max_memory_kb) return -22; return 0; }
uint32_t crypt_get_pbkdf_threads(struct crypt_device *cd) { return cd->pbkdf.parallel_threads; }
void crypt_free(struct crypt_device *cd) { free(cd); }
