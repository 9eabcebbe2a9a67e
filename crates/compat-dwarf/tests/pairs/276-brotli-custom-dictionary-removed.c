// expect: breaking
// why: brotli 1.0 removed BrotliDecoderSetCustomDictionary (custom dictionaries came back later as attached
// why: dictionaries): binaries that call it fail to resolve the symbol.
// abidiff: 12 agree
//--- v1/decode.h
#include <stddef.h>
#include <stdint.h>
typedef struct BrotliDecoderStateStruct BrotliDecoderState;
BrotliDecoderState *BrotliDecoderCreateInstance(void);
void BrotliDecoderDestroyInstance(BrotliDecoderState *state);
void BrotliDecoderSetCustomDictionary(BrotliDecoderState *s, size_t size, const uint8_t *dict);
//--- v2/decode.h
#include <stddef.h>
#include <stdint.h>
typedef struct BrotliDecoderStateStruct BrotliDecoderState;
BrotliDecoderState *BrotliDecoderCreateInstance(void);
void BrotliDecoderDestroyInstance(BrotliDecoderState *state);
//--- v1
#include <stdlib.h>
#include "decode.h"
struct BrotliDecoderStateStruct { const uint8_t *dict; size_t dict_size; int state; };
BrotliDecoderState *BrotliDecoderCreateInstance(void) { return calloc(1, sizeof(BrotliDecoderState)); }
void BrotliDecoderDestroyInstance(BrotliDecoderState *state) { free(state); }
void BrotliDecoderSetCustomDictionary(BrotliDecoderState *s, size_t size, const uint8_t *dict) { s->dict = dict; s->dict_size = size; }
//--- v2
#include <stdlib.h>
#include "decode.h"
struct BrotliDecoderStateStruct { const uint8_t *dict; size_t dict_size; int state; };
BrotliDecoderState *BrotliDecoderCreateInstance(void) { return calloc(1, sizeof(BrotliDecoderState)); }
void BrotliDecoderDestroyInstance(BrotliDecoderState *state) { free(state); }
