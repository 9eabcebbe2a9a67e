// expect: info
// why: xmlSecTransformKlass is a table consumers fill statically (plugins register their transforms with
// why: xmlSecTransformIdsRegister) and its first member, klassSize, is the caller's sizeof: the extensible-struct
// why: convention. v2 appends a getKey callback, which the library calls only when klassSize covers it, so old
// why: tables are never read past their end (as in 192).
// abidiff: 4 disagree: abidiff reports the member appended to the caller-filled table; its first member carries the caller's size, which the library checks before reading the new one.
//--- v1/transforms.h
#include <stddef.h>
typedef size_t xmlSecSize;
typedef struct xmlSecTransformKlass { xmlSecSize klassSize; xmlSecSize objSize; const char *name; int (*initialize)(void *t); void (*finalize)(void *t); int (*execute)(void *t, int last); } xmlSecTransformKlass;
int xmlSecTransformIdsRegister(const xmlSecTransformKlass *id);
int xmlSecTransformRunAll(void);
//--- v2/transforms.h
#include <stddef.h>
typedef size_t xmlSecSize;
typedef struct xmlSecTransformKlass { xmlSecSize klassSize; xmlSecSize objSize; const char *name; int (*initialize)(void *t); void (*finalize)(void *t); int (*execute)(void *t, int last); int (*getKey)(void *t, void *key); } xmlSecTransformKlass;
int xmlSecTransformIdsRegister(const xmlSecTransformKlass *id);
int xmlSecTransformRunAll(void);
//--- v1
#include <stddef.h>
#include "transforms.h"
static const xmlSecTransformKlass *ids[16]; static int n;
int xmlSecTransformIdsRegister(const xmlSecTransformKlass *id) { if (n == 16 || id->klassSize < sizeof(xmlSecTransformKlass)) return -1; ids[n++] = id; return 0; }
int xmlSecTransformRunAll(void) { int r = 0; for (int i = 0; i < n; i++) r += ids[i]->execute ? ids[i]->execute(0, 1) : 0; return r; }
//--- v2
#include <stddef.h>
#include "transforms.h"
static const xmlSecTransformKlass *ids[16]; static int n;
int xmlSecTransformIdsRegister(const xmlSecTransformKlass *id) { if (n == 16 || id->klassSize < offsetof(xmlSecTransformKlass, getKey)) return -1; ids[n++] = id; return 0; }
int xmlSecTransformRunAll(void) { int r = 0; for (int i = 0; i < n; i++) { r += ids[i]->execute ? ids[i]->execute(0, 1) : 0; if (ids[i]->klassSize >= sizeof(xmlSecTransformKlass) && ids[i]->getKey) r += ids[i]->getKey(0, 0); } return r; }
