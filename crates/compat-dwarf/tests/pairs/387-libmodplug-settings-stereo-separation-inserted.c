// expect: breaking
// why: ModPlug_Settings is allocated by the caller and round-tripped (ModPlug_Settings s; ModPlug_GetSettings(&s);
// why: s.mLoopCount = -1; ModPlug_SetSettings(&s)); nothing hands one out. libmodplug 0.8 inserts mStereoSeparation
// why: and mMaxMixChannels after mResamplingMode: mReverbDepth moves from byte 20 to 28, mLoopCount from 44 to 52,
// why: and the struct grows from 48 to 56 bytes. ModPlug_GetSettings writes 56 bytes into old callers' 48-byte
// why: objects, and ModPlug_SetSettings reads their mReverbDepth as the stereo separation.
// abidiff: 4 agree
//--- v1/modplug.h
typedef struct _ModPlugFile ModPlugFile;
enum _ModPlug_Flags { MODPLUG_ENABLE_OVERSAMPLING = 1 << 0, MODPLUG_ENABLE_NOISE_REDUCTION = 1 << 1, MODPLUG_ENABLE_REVERB = 1 << 2, MODPLUG_ENABLE_MEGABASS = 1 << 3, MODPLUG_ENABLE_SURROUND = 1 << 4 };
enum _ModPlug_ResamplingMode { MODPLUG_RESAMPLE_NEAREST = 0, MODPLUG_RESAMPLE_LINEAR = 1, MODPLUG_RESAMPLE_SPLINE = 2, MODPLUG_RESAMPLE_FIR = 3 };
typedef struct _ModPlug_Settings {
  int mFlags;
  int mChannels;
  int mBits;
  int mFrequency;
  int mResamplingMode;
  int mReverbDepth;
  int mReverbDelay;
  int mBassAmount;
  int mBassRange;
  int mSurroundDepth;
  int mSurroundDelay;
  int mLoopCount;
} ModPlug_Settings;
void ModPlug_GetSettings(ModPlug_Settings *settings);
void ModPlug_SetSettings(const ModPlug_Settings *settings);
ModPlugFile *ModPlug_Load(const void *data, int size);
int ModPlug_Read(ModPlugFile *file, void *buffer, int size);
void ModPlug_Unload(ModPlugFile *file);
//--- v2/modplug.h
typedef struct _ModPlugFile ModPlugFile;
enum _ModPlug_Flags { MODPLUG_ENABLE_OVERSAMPLING = 1 << 0, MODPLUG_ENABLE_NOISE_REDUCTION = 1 << 1, MODPLUG_ENABLE_REVERB = 1 << 2, MODPLUG_ENABLE_MEGABASS = 1 << 3, MODPLUG_ENABLE_SURROUND = 1 << 4 };
enum _ModPlug_ResamplingMode { MODPLUG_RESAMPLE_NEAREST = 0, MODPLUG_RESAMPLE_LINEAR = 1, MODPLUG_RESAMPLE_SPLINE = 2, MODPLUG_RESAMPLE_FIR = 3 };
typedef struct _ModPlug_Settings {
  int mFlags;
  int mChannels;
  int mBits;
  int mFrequency;
  int mResamplingMode;
  int mStereoSeparation;
  int mMaxMixChannels;
  int mReverbDepth;
  int mReverbDelay;
  int mBassAmount;
  int mBassRange;
  int mSurroundDepth;
  int mSurroundDelay;
  int mLoopCount;
} ModPlug_Settings;
void ModPlug_GetSettings(ModPlug_Settings *settings);
void ModPlug_SetSettings(const ModPlug_Settings *settings);
ModPlugFile *ModPlug_Load(const void *data, int size);
int ModPlug_Read(ModPlugFile *file, void *buffer, int size);
void ModPlug_Unload(ModPlugFile *file);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "modplug.h"
struct _ModPlugFile { const unsigned char *data; int size; int pos; int loops; };
static ModPlug_Settings settings = { MODPLUG_ENABLE_OVERSAMPLING | MODPLUG_ENABLE_NOISE_REDUCTION, 2, 16, 44100, MODPLUG_RESAMPLE_LINEAR, 0, 0, 0, 0, 0, 0, 0 };
void ModPlug_GetSettings(ModPlug_Settings *s) { memcpy(s, &settings, sizeof settings); }
void ModPlug_SetSettings(const ModPlug_Settings *s) { memcpy(&settings, s, sizeof settings); }
ModPlugFile *ModPlug_Load(const void *data, int size) {
  ModPlugFile *f = calloc(1, sizeof *f);
  if (f) { f->data = data; f->size = size; f->loops = settings.mLoopCount; }
  return f;
}
int ModPlug_Read(ModPlugFile *f, void *buffer, int size) {
  int frame = settings.mChannels * settings.mBits / 8, n = size / frame * frame;
  if (f->pos >= f->size) { if (!f->loops) return 0; if (f->loops > 0) f->loops--; f->pos = 0; }
  if (n > f->size - f->pos) n = f->size - f->pos;
  memcpy(buffer, f->data + f->pos, (size_t)n); f->pos += n;
  return n;
}
void ModPlug_Unload(ModPlugFile *f) { free(f); }
//--- v2
#include <stdlib.h>
#include <string.h>
#include "modplug.h"
struct _ModPlugFile { const unsigned char *data; int size; int pos; int loops; int separation; };
static ModPlug_Settings settings = { MODPLUG_ENABLE_OVERSAMPLING | MODPLUG_ENABLE_NOISE_REDUCTION, 2, 16, 44100, MODPLUG_RESAMPLE_LINEAR, 128, 32, 0, 0, 0, 0, 0, 0, 0 };
void ModPlug_GetSettings(ModPlug_Settings *s) { memcpy(s, &settings, sizeof settings); }
void ModPlug_SetSettings(const ModPlug_Settings *s) { memcpy(&settings, s, sizeof settings); }
ModPlugFile *ModPlug_Load(const void *data, int size) {
  ModPlugFile *f = calloc(1, sizeof *f);
  if (f) { f->data = data; f->size = size; f->loops = settings.mLoopCount; f->separation = settings.mStereoSeparation; }
  return f;
}
int ModPlug_Read(ModPlugFile *f, void *buffer, int size) {
  int frame = settings.mChannels * settings.mBits / 8, n = size / frame * frame;
  if (f->pos >= f->size) { if (!f->loops) return 0; if (f->loops > 0) f->loops--; f->pos = 0; }
  if (n > f->size - f->pos) n = f->size - f->pos;
  memcpy(buffer, f->data + f->pos, (size_t)n); f->pos += n;
  return n;
}
void ModPlug_Unload(ModPlugFile *f) { free(f); }
