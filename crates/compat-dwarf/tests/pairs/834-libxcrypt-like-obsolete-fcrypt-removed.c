// expect: breaking
// why: libxcrypt built without its obsolete API drops fcrypt, the historical alias of crypt: binaries built against
// why: v1 that call fcrypt fail to load (undefined symbol). crypt_rn and crypt_ra are unchanged.
// abidiff: 12 agree
//--- crypt.h
#define CRYPT_OUTPUT_SIZE 384
#define CRYPT_MAX_PASSPHRASE_SIZE 512
#define CRYPT_DATA_INTERNAL_SIZE 32768
struct crypt_data { char output[CRYPT_OUTPUT_SIZE]; char setting[CRYPT_OUTPUT_SIZE]; char input[CRYPT_MAX_PASSPHRASE_SIZE]; char reserved[CRYPT_DATA_INTERNAL_SIZE]; char initialized; char internal[0]; };
char *crypt_rn(const char *phrase, const char *setting, void *data, int size);
char *crypt_ra(const char *phrase, const char *setting, void **data, int *size);
//--- v1/crypt-obsolete.h
char *fcrypt(const char *phrase, const char *setting);
//--- v2/crypt-obsolete.h
//--- v1
#include <stdlib.h>
#include <string.h>
#include "crypt.h"
#include "crypt-obsolete.h"
char *crypt_rn(const char *phrase, const char *setting, void *data, int size) {
    struct crypt_data *cd = data;
    if (!phrase || !setting || !cd || size < (int)sizeof *cd || strlen(phrase) >= CRYPT_MAX_PASSPHRASE_SIZE) return 0;
    size_t n = strlen(setting); if (n >= CRYPT_OUTPUT_SIZE - 2) return 0;
    memcpy(cd->output, setting, n); cd->output[n] = '$'; cd->output[n + 1] = (char)('A' + strlen(phrase) % 26); cd->output[n + 2] = 0;
    return cd->output;
}
char *crypt_ra(const char *phrase, const char *setting, void **data, int *size) {
    if (!*data) { *data = calloc(1, sizeof(struct crypt_data)); if (!*data) return 0; *size = (int)sizeof(struct crypt_data); }
    return crypt_rn(phrase, setting, *data, *size);
}
char *fcrypt(const char *phrase, const char *setting) { static struct crypt_data nr; return crypt_rn(phrase, setting, &nr, (int)sizeof nr); }
//--- v2
#include <stdlib.h>
#include <string.h>
#include "crypt.h"
#include "crypt-obsolete.h"
char *crypt_rn(const char *phrase, const char *setting, void *data, int size) {
    struct crypt_data *cd = data;
    if (!phrase || !setting || !cd || size < (int)sizeof *cd || strlen(phrase) >= CRYPT_MAX_PASSPHRASE_SIZE) return 0;
    size_t n = strlen(setting); if (n >= CRYPT_OUTPUT_SIZE - 2) return 0;
    memcpy(cd->output, setting, n); cd->output[n] = '$'; cd->output[n + 1] = (char)('A' + strlen(phrase) % 26); cd->output[n + 2] = 0;
    return cd->output;
}
char *crypt_ra(const char *phrase, const char *setting, void **data, int *size) {
    if (!*data) { *data = calloc(1, sizeof(struct crypt_data)); if (!*data) return 0; *size = (int)sizeof(struct crypt_data); }
    return crypt_rn(phrase, setting, *data, *size);
}
