// expect: warning
// why: NeAACDecConfiguration is what callers edit and pass back to NeAACDecSetConfiguration (usually through the
// why: pointer NeAACDecGetCurrentConfiguration hands out). v2 declares downMatrix and useOldADTSFormat _Bool instead of
// why: unsigned char: same byte, same offset, but v1 callers may store any non-zero byte for "on" (the library
// why: tested it with if), which is not a valid _Bool value in v2's code. The layout holds; the meaning of the byte
// why: may not.
// abidiff: 4 agree
//--- v1/neaacdec.h
typedef void *NeAACDecHandle;
typedef struct NeAACDecConfiguration { unsigned char defObjectType; unsigned long defSampleRate; unsigned char outputFormat; unsigned char downMatrix; unsigned char useOldADTSFormat; unsigned char dontUpSampleImplicitSBR; } NeAACDecConfiguration, *NeAACDecConfigurationPtr;
NeAACDecHandle NeAACDecOpen(void);
NeAACDecConfigurationPtr NeAACDecGetCurrentConfiguration(NeAACDecHandle hDecoder);
unsigned char NeAACDecSetConfiguration(NeAACDecHandle hDecoder, NeAACDecConfigurationPtr config);
int NeAACDecOutputChannels(NeAACDecHandle hDecoder, int channels);
void NeAACDecClose(NeAACDecHandle hDecoder);
//--- v2/neaacdec.h
#include <stdbool.h>
typedef void *NeAACDecHandle;
typedef struct NeAACDecConfiguration { unsigned char defObjectType; unsigned long defSampleRate; unsigned char outputFormat; bool downMatrix; bool useOldADTSFormat; unsigned char dontUpSampleImplicitSBR; } NeAACDecConfiguration, *NeAACDecConfigurationPtr;
NeAACDecHandle NeAACDecOpen(void);
NeAACDecConfigurationPtr NeAACDecGetCurrentConfiguration(NeAACDecHandle hDecoder);
unsigned char NeAACDecSetConfiguration(NeAACDecHandle hDecoder, NeAACDecConfigurationPtr config);
int NeAACDecOutputChannels(NeAACDecHandle hDecoder, int channels);
void NeAACDecClose(NeAACDecHandle hDecoder);
//--- v1
#include <stdlib.h>
#include "neaacdec.h"
typedef struct { NeAACDecConfiguration config; int adts_header_present; } NeAACDecStruct;
NeAACDecHandle NeAACDecOpen(void) { NeAACDecStruct *d = calloc(1, sizeof *d); if (d) { d->config.defObjectType = 2; d->config.defSampleRate = 44100; d->config.outputFormat = 1; } return d; }
NeAACDecConfigurationPtr NeAACDecGetCurrentConfiguration(NeAACDecHandle hDecoder) { return hDecoder ? &((NeAACDecStruct *)hDecoder)->config : 0; }
unsigned char NeAACDecSetConfiguration(NeAACDecHandle hDecoder, NeAACDecConfigurationPtr config) { if (!hDecoder || !config || !config->defSampleRate) return 0; ((NeAACDecStruct *)hDecoder)->config = *config; return 1; }
int NeAACDecOutputChannels(NeAACDecHandle hDecoder, int channels) { NeAACDecStruct *d = hDecoder; if (d->config.downMatrix && channels > 2) return 2; return d->config.useOldADTSFormat ? channels : channels; }
void NeAACDecClose(NeAACDecHandle hDecoder) { free(hDecoder); }
//--- v2
#include <stdlib.h>
#include "neaacdec.h"
typedef struct { NeAACDecConfiguration config; int adts_header_present; } NeAACDecStruct;
NeAACDecHandle NeAACDecOpen(void) { NeAACDecStruct *d = calloc(1, sizeof *d); if (d) { d->config.defObjectType = 2; d->config.defSampleRate = 44100; d->config.outputFormat = 1; } return d; }
NeAACDecConfigurationPtr NeAACDecGetCurrentConfiguration(NeAACDecHandle hDecoder) { return hDecoder ? &((NeAACDecStruct *)hDecoder)->config : 0; }
unsigned char NeAACDecSetConfiguration(NeAACDecHandle hDecoder, NeAACDecConfigurationPtr config) { if (!hDecoder || !config || !config->defSampleRate) return 0; ((NeAACDecStruct *)hDecoder)->config = *config; return 1; }
int NeAACDecOutputChannels(NeAACDecHandle hDecoder, int channels) { NeAACDecStruct *d = hDecoder; if (d->config.downMatrix && channels > 2) return 2; return d->config.useOldADTSFormat ? channels : channels; }
void NeAACDecClose(NeAACDecHandle hDecoder) { free(hDecoder); }
