// expect: info
// why: MIX_InitFlags's MIX_INIT_FLUIDSYNTH is renamed MIX_INIT_MID with the same value 0x20 (as SDL_mixer 2.0.2
// why: did, without a compatibility alias here): every value is unchanged, so binaries are unaffected, but
// why: sources naming MIX_INIT_FLUIDSYNTH no longer compile: an API change worth a line.
// abidiff: 4 disagree: abidiff reports the enumerator's name change as an ABI change; every value is the same, so no binary is affected.
//--- v1/SDL_mixer.h
typedef enum { MIX_INIT_FLAC = 0x1, MIX_INIT_MOD = 0x2, MIX_INIT_MP3 = 0x8, MIX_INIT_OGG = 0x10, MIX_INIT_FLUIDSYNTH = 0x20, MIX_INIT_OPUS = 0x40 } MIX_InitFlags;
int Mix_Init(int flags);
MIX_InitFlags Mix_Loaded(void);
//--- v2/SDL_mixer.h
typedef enum { MIX_INIT_FLAC = 0x1, MIX_INIT_MOD = 0x2, MIX_INIT_MP3 = 0x8, MIX_INIT_OGG = 0x10, MIX_INIT_MID = 0x20, MIX_INIT_OPUS = 0x40 } MIX_InitFlags;
int Mix_Init(int flags);
MIX_InitFlags Mix_Loaded(void);
//--- v1
#include "SDL_mixer.h"
static int loaded;
int Mix_Init(int flags) { loaded |= flags & (MIX_INIT_FLAC | MIX_INIT_OGG | MIX_INIT_FLUIDSYNTH); return loaded; }
MIX_InitFlags Mix_Loaded(void) { return (MIX_InitFlags)loaded; }
//--- v2
#include "SDL_mixer.h"
static int loaded;
int Mix_Init(int flags) { loaded |= flags & (MIX_INIT_FLAC | MIX_INIT_OGG | MIX_INIT_MID); return loaded; }
MIX_InitFlags Mix_Loaded(void) { return (MIX_InitFlags)loaded; }
