// expect: warning
// why: struct resampler_spec is caller-allocated and handed in by pointer (nothing hands one out). v2 declares its
// why: first member const int abi_version: same size and offset, so no layout break, but a top-level const on a
// why: member of a caller-filled struct changes what callers may do with it (assigning or memcpy-ing a spec into
// why: an existing one no longer compiles, and the library may now assume the value never changes after init): a
// why: qualifier change on a member, reported as a warning with its risk rather than as a layout break.
// abidiff: 4 agree
//--- v1/rs.h
struct resampler_spec { int abi_version; int channels; double ratio; int quality; };
int resampler_process(const struct resampler_spec *spec, const float *in, long frames_in, float *out, long frames_out);
//--- v2/rs.h
struct resampler_spec { const int abi_version; int channels; double ratio; int quality; };
int resampler_process(const struct resampler_spec *spec, const float *in, long frames_in, float *out, long frames_out);
//--- v1
#include "rs.h"
int resampler_process(const struct resampler_spec *spec, const float *in, long frames_in, float *out, long frames_out) {
  if (spec->abi_version != 1 || spec->channels <= 0 || spec->ratio <= 0) return -1;
  long n = (long)(frames_in * spec->ratio);
  if (n > frames_out) n = frames_out;
  for (long i = 0; i < n * spec->channels; i++) out[i] = in[(long)(i / spec->ratio)];
  return (int)n;
}
//--- v2
#include "rs.h"
int resampler_process(const struct resampler_spec *spec, const float *in, long frames_in, float *out, long frames_out) {
  if (spec->abi_version != 1 || spec->channels <= 0 || spec->ratio <= 0) return -1;
  long n = (long)(frames_in * spec->ratio);
  if (n > frames_out) n = frames_out;
  for (long i = 0; i < n * spec->channels; i++) out[i] = in[(long)(i / spec->ratio)];
  return (int)n;
}
