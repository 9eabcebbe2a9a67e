// expect: warning
// why: PaDeviceInfo is declared with its members in portaudio.h and only handed out, as a const pointer, by
// why: Pa_GetDeviceInfo. v2 appends defaultSampleRateMax: existing offsets hold but the object grows, which
// why: matters only if consumers copy it or embed it; only the public headers can tell, so it is undecided.
// abidiff: 4 agree
//--- v1/portaudio.h
typedef int PaDeviceIndex;
typedef double PaTime;
typedef struct PaDeviceInfo { int structVersion; const char *name; int hostApi; int maxInputChannels; int maxOutputChannels; PaTime defaultLowInputLatency; double defaultSampleRate; } PaDeviceInfo;
PaDeviceIndex Pa_GetDeviceCount(void);
const PaDeviceInfo *Pa_GetDeviceInfo(PaDeviceIndex device);
//--- v2/portaudio.h
typedef int PaDeviceIndex;
typedef double PaTime;
typedef struct PaDeviceInfo { int structVersion; const char *name; int hostApi; int maxInputChannels; int maxOutputChannels; PaTime defaultLowInputLatency; double defaultSampleRate; double defaultSampleRateMax; } PaDeviceInfo;
PaDeviceIndex Pa_GetDeviceCount(void);
const PaDeviceInfo *Pa_GetDeviceInfo(PaDeviceIndex device);
//--- v1
#include "portaudio.h"
static PaDeviceInfo devices[2] = { { 2, "default", 0, 2, 2, 0.01, 48000.0 }, { 2, "hw:0", 0, 0, 8, 0.005, 44100.0 } };
PaDeviceIndex Pa_GetDeviceCount(void) { return 2; }
const PaDeviceInfo *Pa_GetDeviceInfo(PaDeviceIndex device) { return device >= 0 && device < 2 ? &devices[device] : 0; }
//--- v2
#include "portaudio.h"
static PaDeviceInfo devices[2] = { { 3, "default", 0, 2, 2, 0.01, 48000.0, 192000.0 }, { 3, "hw:0", 0, 0, 8, 0.005, 44100.0, 96000.0 } };
PaDeviceIndex Pa_GetDeviceCount(void) { return 2; }
const PaDeviceInfo *Pa_GetDeviceInfo(PaDeviceIndex device) { return device >= 0 && device < 2 ? &devices[device] : 0; }
