// expect: breaking
// why: ma_device_config is returned by value from ma_device_config_init (through a hidden pointer to the
// why: caller's object) and read by ma_device_init. v2 appends ma_uint32 resamplerLPFOrder: the struct grows from
// why: 40 to 48 bytes, so ma_device_config_init writes 8 bytes past an old caller's object and ma_device_init
// why: reads them past it.
// abidiff: 4 agree
//--- v1/miniaudio.h
typedef unsigned int ma_uint32;
typedef unsigned char ma_bool8;
typedef enum { ma_device_type_playback = 1, ma_device_type_capture = 2 } ma_device_type;
typedef void (*ma_device_data_proc)(void *pDevice, void *pOutput, const void *pInput, ma_uint32 frameCount);
typedef struct { ma_device_type deviceType; ma_uint32 sampleRate; ma_uint32 periodSizeInFrames; ma_uint32 periods; ma_bool8 noClip; ma_device_data_proc dataCallback; void *pUserData; } ma_device_config;
typedef struct ma_device ma_device;
ma_device_config ma_device_config_init(ma_device_type deviceType);
int ma_device_init(const ma_device_config *pConfig, ma_device **ppDevice);
//--- v2/miniaudio.h
typedef unsigned int ma_uint32;
typedef unsigned char ma_bool8;
typedef enum { ma_device_type_playback = 1, ma_device_type_capture = 2 } ma_device_type;
typedef void (*ma_device_data_proc)(void *pDevice, void *pOutput, const void *pInput, ma_uint32 frameCount);
typedef struct { ma_device_type deviceType; ma_uint32 sampleRate; ma_uint32 periodSizeInFrames; ma_uint32 periods; ma_bool8 noClip; ma_device_data_proc dataCallback; void *pUserData; ma_uint32 resamplerLPFOrder; } ma_device_config;
typedef struct ma_device ma_device;
ma_device_config ma_device_config_init(ma_device_type deviceType);
int ma_device_init(const ma_device_config *pConfig, ma_device **ppDevice);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "miniaudio.h"
struct ma_device { ma_device_config config; };
ma_device_config ma_device_config_init(ma_device_type deviceType) { ma_device_config c; memset(&c, 0, sizeof c); c.deviceType = deviceType; c.periods = 3; return c; }
int ma_device_init(const ma_device_config *pConfig, ma_device **ppDevice) { ma_device *d = malloc(sizeof *d); if (!d) return -4; d->config = *pConfig; *ppDevice = d; return 0; }
//--- v2
#include <stdlib.h>
#include <string.h>
#include "miniaudio.h"
struct ma_device { ma_device_config config; };
ma_device_config ma_device_config_init(ma_device_type deviceType) { ma_device_config c; memset(&c, 0, sizeof c); c.deviceType = deviceType; c.periods = 3; c.resamplerLPFOrder = 4; return c; }
int ma_device_init(const ma_device_config *pConfig, ma_device **ppDevice) { ma_device *d = malloc(sizeof *d); if (!d) return -4; d->config = *pConfig; *ppDevice = d; return 0; }
