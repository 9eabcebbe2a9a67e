// expect: warning
// why: FriBidiLevel goes from uint8_t to int8_t (fribidi 0.19 made levels signed char), and
// why: fribidi_get_par_embedding_levels returns it in %al: the same byte under the same C symbol, but a value
// why: above 127, which an old caller zero-extends, is negative for the library: a same-size signedness change
// why: of a result (as in 109). The embedding_levels output array changes the same way, which alone would be
// why: an API change (pointee signedness, as in 255).
// abidiff: 4 agree
//--- v1/fribidi.h
#include <stdint.h>
typedef uint32_t FriBidiCharType;
typedef uint32_t FriBidiParType;
typedef int FriBidiStrIndex;
typedef uint8_t FriBidiLevel;
#define FRIBIDI_TYPE_LTR 0x00000110u
#define FRIBIDI_TYPE_RTL 0x00000111u
#define FRIBIDI_PAR_ON 0x00000040u
FriBidiLevel fribidi_get_par_embedding_levels(const FriBidiCharType *bidi_types, FriBidiStrIndex len, FriBidiParType *pbase_dir, FriBidiLevel *embedding_levels);
//--- v2/fribidi.h
#include <stdint.h>
typedef uint32_t FriBidiCharType;
typedef uint32_t FriBidiParType;
typedef int FriBidiStrIndex;
typedef int8_t FriBidiLevel;
#define FRIBIDI_TYPE_LTR 0x00000110u
#define FRIBIDI_TYPE_RTL 0x00000111u
#define FRIBIDI_PAR_ON 0x00000040u
FriBidiLevel fribidi_get_par_embedding_levels(const FriBidiCharType *bidi_types, FriBidiStrIndex len, FriBidiParType *pbase_dir, FriBidiLevel *embedding_levels);
//--- v1
#include "fribidi.h"
FriBidiLevel fribidi_get_par_embedding_levels(const FriBidiCharType *bidi_types, FriBidiStrIndex len, FriBidiParType *pbase_dir, FriBidiLevel *embedding_levels) {
  if (!bidi_types || len < 0 || !pbase_dir || !embedding_levels) return 0;
  FriBidiLevel base = *pbase_dir == FRIBIDI_TYPE_RTL ? 1 : 0, max = base;
  for (FriBidiStrIndex i = 0; i < len; i++) {
    FriBidiLevel l = bidi_types[i] == FRIBIDI_TYPE_RTL ? (FriBidiLevel)(base | 1) : (FriBidiLevel)((base + 1) & ~1);
    embedding_levels[i] = l;
    if (l > max) max = l;
  }
  return (FriBidiLevel)(max + 1);
}
//--- v2
#include "fribidi.h"
FriBidiLevel fribidi_get_par_embedding_levels(const FriBidiCharType *bidi_types, FriBidiStrIndex len, FriBidiParType *pbase_dir, FriBidiLevel *embedding_levels) {
  if (!bidi_types || len < 0 || !pbase_dir || !embedding_levels) return 0;
  FriBidiLevel base = *pbase_dir == FRIBIDI_TYPE_RTL ? 1 : 0, max = base;
  for (FriBidiStrIndex i = 0; i < len; i++) {
    FriBidiLevel l = bidi_types[i] == FRIBIDI_TYPE_RTL ? (FriBidiLevel)(base | 1) : (FriBidiLevel)((base + 1) & ~1);
    embedding_levels[i] = l;
    if (l > max) max = l;
  }
  return (FriBidiLevel)(max + 1);
}
