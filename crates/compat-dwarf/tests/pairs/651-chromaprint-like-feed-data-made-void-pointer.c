// expect: info
// why: chromaprint_feed's data parameter goes from const int16_t * to const void *: the same pointer in the same
// why: register, and the library reads the same samples; callers passing int16_t buffers still compile. The
// why: declared type changed, an API change (both are pointers, calls are unaffected).
// abidiff: 4 disagree: abidiff reports the parameter type changed; a pointer is passed the same way whatever it points to.
//--- v1/chromaprint.h
#include <stdint.h>
typedef struct ChromaprintContextPrivate ChromaprintContext;
ChromaprintContext *chromaprint_new(int algorithm);
int chromaprint_feed(ChromaprintContext *ctx, const int16_t *data, int size);
//--- v2/chromaprint.h
#include <stdint.h>
typedef struct ChromaprintContextPrivate ChromaprintContext;
ChromaprintContext *chromaprint_new(int algorithm);
int chromaprint_feed(ChromaprintContext *ctx, const void *data, int size);
//--- v1
#include <stdlib.h>
#include "chromaprint.h"
struct ChromaprintContextPrivate { long sum; };
ChromaprintContext *chromaprint_new(int algorithm) { (void)algorithm; return calloc(1, sizeof(ChromaprintContext)); }
int chromaprint_feed(ChromaprintContext *ctx, const int16_t *data, int size) { for (int i = 0; i < size; i++) ctx->sum += data[i]; return 1; }
//--- v2
#include <stdlib.h>
#include "chromaprint.h"
struct ChromaprintContextPrivate { long sum; };
ChromaprintContext *chromaprint_new(int algorithm) { (void)algorithm; return calloc(1, sizeof(ChromaprintContext)); }
int chromaprint_feed(ChromaprintContext *ctx, const void *data, int size) { const int16_t *d = data; for (int i = 0; i < size; i++) ctx->sum += d[i]; return 1; }
