// expect: breaking
// why: libplist 2.3 adds a fourth parameter to plist_from_memory, plist_format_t *format, through which it reports
// why: whether the data was XML, binary, JSON or OpenStep, keeping the C symbol. A caller built against v1 passes three
// why: arguments, so v2 takes whatever the caller left in %rcx for format and, when it is not NULL, stores the detected
// why: format through that stray pointer: a write to an arbitrary address.
// abidiff: 4 agree
//--- v1/plist.h
#include <stdint.h>
typedef void *plist_t;
typedef enum { PLIST_ERR_SUCCESS = 0, PLIST_ERR_INVALID_ARG = -1, PLIST_ERR_FORMAT = -2, PLIST_ERR_PARSE = -3, PLIST_ERR_NO_MEM = -4 } plist_err_t;
plist_err_t plist_from_memory(const char *plist_data, uint32_t length, plist_t *plist);
void plist_free(plist_t plist);
//--- v2/plist.h
#include <stdint.h>
typedef void *plist_t;
typedef enum { PLIST_ERR_SUCCESS = 0, PLIST_ERR_INVALID_ARG = -1, PLIST_ERR_FORMAT = -2, PLIST_ERR_PARSE = -3, PLIST_ERR_NO_MEM = -4 } plist_err_t;
typedef enum { PLIST_FORMAT_NONE = 0, PLIST_FORMAT_XML = 1, PLIST_FORMAT_BINARY = 2, PLIST_FORMAT_JSON = 3, PLIST_FORMAT_OSTEP = 4 } plist_format_t;
plist_err_t plist_from_memory(const char *plist_data, uint32_t length, plist_t *plist, plist_format_t *format);
void plist_free(plist_t plist);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "plist.h"
struct node { int kind; char *text; };
plist_err_t plist_from_memory(const char *plist_data, uint32_t length, plist_t *plist) {
    if (!plist_data || !plist || length < 8) return PLIST_ERR_INVALID_ARG;
    struct node *n = calloc(1, sizeof *n);
    if (!n) return PLIST_ERR_NO_MEM;
    n->kind = memcmp(plist_data, "bplist00", 8) == 0 ? 2 : 1;
    *plist = n;
    return PLIST_ERR_SUCCESS;
}
void plist_free(plist_t plist) { free(plist); }
//--- v2
#include <stdlib.h>
#include <string.h>
#include "plist.h"
struct node { int kind; char *text; };
plist_err_t plist_from_memory(const char *plist_data, uint32_t length, plist_t *plist, plist_format_t *format) {
    if (!plist_data || !plist || length < 8) return PLIST_ERR_INVALID_ARG;
    struct node *n = calloc(1, sizeof *n);
    if (!n) return PLIST_ERR_NO_MEM;
    n->kind = memcmp(plist_data, "bplist00", 8) == 0 ? PLIST_FORMAT_BINARY : plist_data[0] == '{' ? PLIST_FORMAT_JSON : PLIST_FORMAT_XML;
    if (format) *format = (plist_format_t)n->kind;
    *plist = n;
    return PLIST_ERR_SUCCESS;
}
void plist_free(plist_t plist) { free(plist); }
