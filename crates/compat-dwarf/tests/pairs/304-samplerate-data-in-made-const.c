// expect: info
// why: SRC_DATA is filled by the caller and passed to src_process; libsamplerate 0.2 made its data_in member
// why: const float * instead of float *. The member is the same pointer at the same offset, and the samples it
// why: points to are read alike: only the promise not to write through it is new, an API change.
// abidiff: 0 agree
//--- v1/samplerate.h
typedef struct SRC_STATE_tag SRC_STATE;
typedef struct { float *data_in; float *data_out; long input_frames, output_frames; long input_frames_used, output_frames_gen; int end_of_input; double src_ratio; } SRC_DATA;
SRC_STATE *src_new(int converter_type, int channels, int *error);
int src_process(SRC_STATE *state, SRC_DATA *data);
//--- v2/samplerate.h
typedef struct SRC_STATE_tag SRC_STATE;
typedef struct { const float *data_in; float *data_out; long input_frames, output_frames; long input_frames_used, output_frames_gen; int end_of_input; double src_ratio; } SRC_DATA;
SRC_STATE *src_new(int converter_type, int channels, int *error);
int src_process(SRC_STATE *state, SRC_DATA *data);
//--- lib.c
#include <stdlib.h>
#include "samplerate.h"
struct SRC_STATE_tag { int converter_type; int channels; double last_ratio; };
SRC_STATE *src_new(int converter_type, int channels, int *error) {
  SRC_STATE *s = calloc(1, sizeof *s);
  if (error) *error = s ? 0 : 1;
  if (s) { s->converter_type = converter_type; s->channels = channels; }
  return s;
}
int src_process(SRC_STATE *state, SRC_DATA *data) {
  if (!state || !data) return 1;
  long n = data->input_frames < data->output_frames ? data->input_frames : data->output_frames;
  for (long i = 0; i < n * state->channels; i++) data->data_out[i] = data->data_in[i];
  data->input_frames_used = n; data->output_frames_gen = n; state->last_ratio = data->src_ratio;
  return 0;
}
