// expect: none
// why: SDL_AudioSpec is caller-allocated (callers fill it and pass it to SDL_OpenAudio); v2 spells its callback's
// why: stream parameter unsigned char * instead of Uint8 *, and its format member Uint16 as unsigned short: the
// why: typedefs name those types, so the callback's type and the struct are the same.
// abidiff: 0 agree
//--- v1/SDL_audio.h
typedef unsigned char Uint8;
typedef unsigned short Uint16;
typedef void (*SDL_AudioCallback)(void *userdata, Uint8 *stream, int len);
typedef struct SDL_AudioSpec { int freq; Uint16 format; Uint8 channels; Uint8 silence; Uint16 samples; SDL_AudioCallback callback; void *userdata; } SDL_AudioSpec;
int SDL_OpenAudio(SDL_AudioSpec *desired, SDL_AudioSpec *obtained);
//--- v2/SDL_audio.h
typedef unsigned char Uint8;
typedef unsigned short Uint16;
typedef void (*SDL_AudioCallback)(void *userdata, unsigned char *stream, int len);
typedef struct SDL_AudioSpec { int freq; unsigned short format; Uint8 channels; Uint8 silence; Uint16 samples; SDL_AudioCallback callback; void *userdata; } SDL_AudioSpec;
int SDL_OpenAudio(SDL_AudioSpec *desired, SDL_AudioSpec *obtained);
//--- v1
#include "SDL_audio.h"
int SDL_OpenAudio(SDL_AudioSpec *desired, SDL_AudioSpec *obtained) { Uint8 buf[16] = { 0 }; if (obtained) *obtained = *desired; if (desired->callback) desired->callback(desired->userdata, buf, 16); return 0; }
//--- v2
#include "SDL_audio.h"
int SDL_OpenAudio(SDL_AudioSpec *desired, SDL_AudioSpec *obtained) { Uint8 buf[16] = { 0 }; if (obtained) *obtained = *desired; if (desired->callback) desired->callback(desired->userdata, buf, 16); return 0; }
