// expect: warning
// why: TidyOptionPair is an array consumers build and pass with its count to tidySetOptions, so it is public.
// why: v2 declares its id member int instead of TidyOptionId. TidyOptionId has no negative enumerator, so GCC
// why: gives it unsigned int: the member keeps its size and offset but changes signedness, which is a warning
// why: (as in 22), not a respelling of the same type.
// abidiff: 0 disagree: abidiff filters an enum replaced by int as harmless, but this enum's underlying type is unsigned int, so the member changes signedness.
//--- v1/tidy.h
typedef enum { TidyUnknownOption, TidyIndentSpaces, TidyWrapLen, TidyTabSize, TidyCharEncoding, N_TIDY_OPTIONS } TidyOptionId;
typedef struct _TidyDoc *TidyDoc;
typedef struct { TidyOptionId id; const char *value; } TidyOptionPair;
TidyDoc tidyCreate(void);
int tidySetOptions(TidyDoc doc, const TidyOptionPair *opts, unsigned count);
//--- v2/tidy.h
typedef enum { TidyUnknownOption, TidyIndentSpaces, TidyWrapLen, TidyTabSize, TidyCharEncoding, N_TIDY_OPTIONS } TidyOptionId;
typedef struct _TidyDoc *TidyDoc;
typedef struct { int id; const char *value; } TidyOptionPair;
TidyDoc tidyCreate(void);
int tidySetOptions(TidyDoc doc, const TidyOptionPair *opts, unsigned count);
//--- v1
#include <stdlib.h>
#include "tidy.h"
struct _TidyDoc { const char *values[N_TIDY_OPTIONS]; };
TidyDoc tidyCreate(void) { return calloc(1, sizeof(struct _TidyDoc)); }
int tidySetOptions(TidyDoc doc, const TidyOptionPair *opts, unsigned count) { for (unsigned i = 0; i < count; i++) { if (opts[i].id >= N_TIDY_OPTIONS) return -1; doc->values[opts[i].id] = opts[i].value; } return 0; }
//--- v2
#include <stdlib.h>
#include "tidy.h"
struct _TidyDoc { const char *values[N_TIDY_OPTIONS]; };
TidyDoc tidyCreate(void) { return calloc(1, sizeof(struct _TidyDoc)); }
int tidySetOptions(TidyDoc doc, const TidyOptionPair *opts, unsigned count) { for (unsigned i = 0; i < count; i++) { if (opts[i].id < 0 || opts[i].id >= N_TIDY_OPTIONS) return -1; doc->values[opts[i].id] = opts[i].value; } return 0; }
