// expect: breaking
// why: ao_sample_format is filled by the caller (usually on the stack) and passed to ao_open_live and ao_open_file.
// why: libao 1.0 appends char *matrix (the channel mapping) and reads it when opening a device: an old caller's
// why: 16-byte object ends before it, so v2 reads 8 bytes past the caller's struct and dereferences them as a string.
// abidiff: 4 agree
//--- ao-base.h
typedef struct ao_device ao_device;
typedef struct ao_option { char *key; char *value; struct ao_option *next; } ao_option;
#define AO_FMT_LITTLE 1
#define AO_FMT_BIG 2
#define AO_FMT_NATIVE 4
int ao_play(ao_device *device, char *output_samples, unsigned int num_bytes);
int ao_close(ao_device *device);
//--- v1/ao.h
typedef struct ao_sample_format {
    int bits;
    int rate;
    int channels;
    int byte_format;
} ao_sample_format;
ao_device *ao_open_live(int driver_id, ao_sample_format *format, ao_option *option);
//--- v2/ao.h
typedef struct ao_sample_format {
    int bits;
    int rate;
    int channels;
    int byte_format;
    char *matrix;
} ao_sample_format;
ao_device *ao_open_live(int driver_id, ao_sample_format *format, ao_option *option);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "ao-base.h"
#include "ao.h"
struct ao_device { int driver_id; ao_sample_format format; int output_channels; unsigned long played; };
ao_device *ao_open_live(int driver_id, ao_sample_format *format, ao_option *option) {
    if (driver_id < 0 || !format || format->channels < 1 || (format->bits != 8 && format->bits != 16 && format->bits != 24)) return 0;
    ao_device *d = calloc(1, sizeof *d);
    if (!d) return 0;
    d->driver_id = driver_id; d->format = *format; d->output_channels = format->channels;
    for (; option; option = option->next) if (!strcmp(option->key, "channels")) d->output_channels = atoi(option->value);
    return d;
}
int ao_play(ao_device *device, char *output_samples, unsigned int num_bytes) { if (!device || !output_samples) return 0; device->played += num_bytes; return 1; }
int ao_close(ao_device *device) { free(device); return 1; }
//--- v2
#include <stdlib.h>
#include <string.h>
#include "ao-base.h"
#include "ao.h"
struct ao_device { int driver_id; ao_sample_format format; int output_channels; unsigned long played; char *output_matrix; };
ao_device *ao_open_live(int driver_id, ao_sample_format *format, ao_option *option) {
    if (driver_id < 0 || !format || format->channels < 1 || (format->bits != 8 && format->bits != 16 && format->bits != 24)) return 0;
    ao_device *d = calloc(1, sizeof *d);
    if (!d) return 0;
    d->driver_id = driver_id; d->format = *format; d->output_channels = format->channels;
    if (format->matrix) {
        d->output_matrix = strdup(format->matrix);
        int n = 1;
        for (const char *p = format->matrix; *p; p++) n += *p == ',';
        d->output_channels = n;
    }
    for (; option; option = option->next) if (!strcmp(option->key, "channels")) d->output_channels = atoi(option->value);
    return d;
}
int ao_play(ao_device *device, char *output_samples, unsigned int num_bytes) { if (!device || !output_samples) return 0; device->played += num_bytes; return 1; }
int ao_close(ao_device *device) { if (device) free(device->output_matrix); free(device); return 1; }
