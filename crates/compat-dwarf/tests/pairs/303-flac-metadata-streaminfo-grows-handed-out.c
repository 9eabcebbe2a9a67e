// expect: warning
// why: FLAC__StreamMetadata is declared with its members in the public header and only handed out by
// why: FLAC__metadata_object_new (consumers pass back pointers they got). v2 grows the streaminfo member of its
// why: data union past the other variants, so the object grows and nothing moves before it; whether consumers
// why: read or copy the members is decided only by the public headers, so the type is undecided.
// abidiff: 4 agree
//--- v1/format.h
typedef struct { unsigned min_blocksize, max_blocksize; unsigned min_framesize, max_framesize; unsigned sample_rate; unsigned channels; } FLAC__StreamMetadata_StreamInfo;
typedef struct { unsigned char id[4]; unsigned char *data; } FLAC__StreamMetadata_Application;
typedef struct {
  int type; int is_last; unsigned length;
  union { FLAC__StreamMetadata_StreamInfo stream_info; FLAC__StreamMetadata_Application application; } data;
} FLAC__StreamMetadata;
FLAC__StreamMetadata *FLAC__metadata_object_new(int type);
void FLAC__metadata_object_delete(FLAC__StreamMetadata *object);
unsigned FLAC__metadata_object_sample_rate(const FLAC__StreamMetadata *object);
//--- v2/format.h
typedef struct { unsigned min_blocksize, max_blocksize; unsigned min_framesize, max_framesize; unsigned sample_rate; unsigned channels; unsigned bits_per_sample; unsigned long long total_samples; unsigned char md5sum[16]; } FLAC__StreamMetadata_StreamInfo;
typedef struct { unsigned char id[4]; unsigned char *data; } FLAC__StreamMetadata_Application;
typedef struct {
  int type; int is_last; unsigned length;
  union { FLAC__StreamMetadata_StreamInfo stream_info; FLAC__StreamMetadata_Application application; } data;
} FLAC__StreamMetadata;
FLAC__StreamMetadata *FLAC__metadata_object_new(int type);
void FLAC__metadata_object_delete(FLAC__StreamMetadata *object);
unsigned FLAC__metadata_object_sample_rate(const FLAC__StreamMetadata *object);
//--- lib.c
#include <stdlib.h>
#include "format.h"
FLAC__StreamMetadata *FLAC__metadata_object_new(int type) {
  FLAC__StreamMetadata *m = calloc(1, sizeof *m);
  if (m) { m->type = type; m->length = sizeof m->data; if (type == 0) m->data.stream_info.sample_rate = 44100; }
  return m;
}
void FLAC__metadata_object_delete(FLAC__StreamMetadata *object) { free(object); }
unsigned FLAC__metadata_object_sample_rate(const FLAC__StreamMetadata *object) { return object && object->type == 0 ? object->data.stream_info.sample_rate : 0; }
