// expect: warning
// why: struct SoundIoOutStream is declared with its members in soundio.h and allocated only by
// why: soundio_outstream_create, which hands it out; v2 appends a volume member. Every old member keeps its offset,
// why: and the library allocates the object, but only the public headers can tell what consumers read through the
// why: pointer: undecided.
// abidiff: 4 agree
//--- v1/soundio.h
struct SoundIoDevice;
struct SoundIoOutStream { struct SoundIoDevice *device; int format; int sample_rate; void *userdata; void (*write_callback)(struct SoundIoOutStream *, int frame_count_min, int frame_count_max); const char *name; double software_latency; };
struct SoundIoOutStream *soundio_outstream_create(struct SoundIoDevice *device);
int soundio_outstream_open(struct SoundIoOutStream *outstream);
void soundio_outstream_destroy(struct SoundIoOutStream *outstream);
//--- v2/soundio.h
struct SoundIoDevice;
struct SoundIoOutStream { struct SoundIoDevice *device; int format; int sample_rate; void *userdata; void (*write_callback)(struct SoundIoOutStream *, int frame_count_min, int frame_count_max); const char *name; double software_latency; float volume; };
struct SoundIoOutStream *soundio_outstream_create(struct SoundIoDevice *device);
int soundio_outstream_open(struct SoundIoOutStream *outstream);
void soundio_outstream_destroy(struct SoundIoOutStream *outstream);
//--- v1
#include <stdlib.h>
#include "soundio.h"
struct SoundIoOutStream *soundio_outstream_create(struct SoundIoDevice *device) { struct SoundIoOutStream *o = calloc(1, sizeof *o); if (o) { o->device = device; o->format = 1; o->sample_rate = 48000; } return o; }
int soundio_outstream_open(struct SoundIoOutStream *o) { if (!o || o->sample_rate <= 0) return 4; if (o->write_callback) o->write_callback(o, 0, 512); return 0; }
void soundio_outstream_destroy(struct SoundIoOutStream *o) { free(o); }
//--- v2
#include <stdlib.h>
#include "soundio.h"
struct SoundIoOutStream *soundio_outstream_create(struct SoundIoDevice *device) { struct SoundIoOutStream *o = calloc(1, sizeof *o); if (o) { o->device = device; o->format = 1; o->sample_rate = 48000; o->volume = 1.0f; } return o; }
int soundio_outstream_open(struct SoundIoOutStream *o) { if (!o || o->sample_rate <= 0 || o->volume < 0) return 4; if (o->write_callback) o->write_callback(o, 0, 512); return 0; }
void soundio_outstream_destroy(struct SoundIoOutStream *o) { free(o); }
