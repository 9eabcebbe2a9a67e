// expect: breaking
// why: stb_vorbis_get_info returns stb_vorbis_info by value. v2 appends int max_frame_size, growing it from 20 to 24
// why: bytes; both sizes are returned through a hidden pointer to caller storage, and old callers reserve 20 bytes
// why: that the library now writes 24 into.
// abidiff: 4 agree
//--- v1/stb_vorbis.h
typedef struct { unsigned int sample_rate; int channels; unsigned int setup_memory_required; unsigned int setup_temp_memory_required; unsigned int temp_memory_required; } stb_vorbis_info;
typedef struct stb_vorbis stb_vorbis;
stb_vorbis *stb_vorbis_open_memory(const unsigned char *data, int len, int *error);
stb_vorbis_info stb_vorbis_get_info(stb_vorbis *f);
//--- v2/stb_vorbis.h
typedef struct { unsigned int sample_rate; int channels; unsigned int setup_memory_required; unsigned int setup_temp_memory_required; unsigned int temp_memory_required; int max_frame_size; } stb_vorbis_info;
typedef struct stb_vorbis stb_vorbis;
stb_vorbis *stb_vorbis_open_memory(const unsigned char *data, int len, int *error);
stb_vorbis_info stb_vorbis_get_info(stb_vorbis *f);
//--- v1
#include <stdlib.h>
#include "stb_vorbis.h"
struct stb_vorbis { unsigned int sample_rate; int channels; };
stb_vorbis *stb_vorbis_open_memory(const unsigned char *data, int len, int *error) { if (!data || len < 4) { if (error) *error = 1; return 0; } stb_vorbis *f = calloc(1, sizeof *f); if (f) { f->sample_rate = 44100; f->channels = data[0] & 7; } return f; }
stb_vorbis_info stb_vorbis_get_info(stb_vorbis *f) { stb_vorbis_info d = { f->sample_rate, f->channels, 4096, 1024, 2048 }; return d; }
//--- v2
#include <stdlib.h>
#include "stb_vorbis.h"
struct stb_vorbis { unsigned int sample_rate; int channels; };
stb_vorbis *stb_vorbis_open_memory(const unsigned char *data, int len, int *error) { if (!data || len < 4) { if (error) *error = 1; return 0; } stb_vorbis *f = calloc(1, sizeof *f); if (f) { f->sample_rate = 44100; f->channels = data[0] & 7; } return f; }
stb_vorbis_info stb_vorbis_get_info(stb_vorbis *f) { stb_vorbis_info d = { f->sample_rate, f->channels, 4096, 1024, 2048, 8192 }; return d; }
