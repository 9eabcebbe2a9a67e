// expect: breaking
// why: enum sf_format gains SF_FORMAT_OGG before its SF_FORMAT_COUNT sentinel, which goes from 3 to 4. Old
// why: binaries size the names array they pass to sf_format_names with the baked-in 3, and the library now
// why: writes 4 entries: a value consumers compiled in changed.
// abidiff: 4 agree
//--- v1/sndfile.h
enum sf_format { SF_FORMAT_WAV, SF_FORMAT_AIFF, SF_FORMAT_FLAC, SF_FORMAT_COUNT };
int sf_format_names(const char *names[SF_FORMAT_COUNT]);
int sf_format_supported(enum sf_format f);
//--- v2/sndfile.h
enum sf_format { SF_FORMAT_WAV, SF_FORMAT_AIFF, SF_FORMAT_FLAC, SF_FORMAT_OGG, SF_FORMAT_COUNT };
int sf_format_names(const char *names[SF_FORMAT_COUNT]);
int sf_format_supported(enum sf_format f);
//--- v1
#include "sndfile.h"
static const char *const all[SF_FORMAT_COUNT] = { "wav", "aiff", "flac" };
int sf_format_names(const char *names[SF_FORMAT_COUNT]) { for (int i = 0; i < SF_FORMAT_COUNT; i++) names[i] = all[i]; return SF_FORMAT_COUNT; }
int sf_format_supported(enum sf_format f) { return f < SF_FORMAT_COUNT; }
//--- v2
#include "sndfile.h"
static const char *const all[SF_FORMAT_COUNT] = { "wav", "aiff", "flac", "ogg" };
int sf_format_names(const char *names[SF_FORMAT_COUNT]) { for (int i = 0; i < SF_FORMAT_COUNT; i++) names[i] = all[i]; return SF_FORMAT_COUNT; }
int sf_format_supported(enum sf_format f) { return f < SF_FORMAT_COUNT; }
