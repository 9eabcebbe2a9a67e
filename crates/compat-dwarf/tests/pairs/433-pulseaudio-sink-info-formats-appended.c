// expect: warning
// why: pa_sink_info is declared with its members in introspect.h and only built by the library: the consumer's
// why: pa_sink_info_cb_t receives a const pointer to it from pa_context_get_sink_info_by_name and
// why: pa_context_get_sink_info_list, valid for the callback's duration; nothing lets a consumer create one.
// why: PulseAudio 1.0 appends uint8_t n_formats and pa_format_info **formats after active_port: existing offsets hold
// why: and the struct grows from 248 to 264 bytes, which matters only to consumers that copy or embed it; only the
// why: public headers can tell, so the type is undecided (as in 305 and 352).
// abidiff: 4 agree
//--- sample.h
#include <stdint.h>
#define PA_CHANNELS_MAX 32
typedef enum pa_sample_format { PA_SAMPLE_U8, PA_SAMPLE_ALAW, PA_SAMPLE_ULAW, PA_SAMPLE_S16LE, PA_SAMPLE_S16BE, PA_SAMPLE_FLOAT32LE, PA_SAMPLE_INVALID = -1 } pa_sample_format_t;
typedef struct pa_sample_spec { pa_sample_format_t format; uint32_t rate; uint8_t channels; } pa_sample_spec;
typedef uint32_t pa_volume_t;
typedef struct pa_cvolume { uint8_t channels; pa_volume_t values[PA_CHANNELS_MAX]; } pa_cvolume;
typedef uint64_t pa_usec_t;
//--- v1/introspect.h
#include "sample.h"
typedef struct pa_context pa_context;
typedef struct pa_operation pa_operation;
typedef struct pa_sink_port_info { const char *name; const char *description; uint32_t priority; int available; } pa_sink_port_info;
typedef struct pa_sink_info {
  const char *name;
  uint32_t index;
  const char *description;
  pa_sample_spec sample_spec;
  uint32_t owner_module;
  pa_cvolume volume;
  int mute;
  uint32_t monitor_source;
  const char *monitor_source_name;
  pa_usec_t latency;
  const char *driver;
  unsigned flags;
  pa_volume_t base_volume;
  int state;
  uint32_t n_volume_steps;
  uint32_t card;
  uint32_t n_ports;
  pa_sink_port_info **ports;
  pa_sink_port_info *active_port;
} pa_sink_info;
typedef void (*pa_sink_info_cb_t)(pa_context *c, const pa_sink_info *i, int eol, void *userdata);
pa_context *pa_context_new(const char *name);
pa_operation *pa_context_get_sink_info_by_name(pa_context *c, const char *name, pa_sink_info_cb_t cb, void *userdata);
pa_operation *pa_context_get_sink_info_list(pa_context *c, pa_sink_info_cb_t cb, void *userdata);
void pa_operation_unref(pa_operation *o);
void pa_context_unref(pa_context *c);
//--- v2/introspect.h
#include "sample.h"
typedef struct pa_context pa_context;
typedef struct pa_operation pa_operation;
typedef struct pa_format_info pa_format_info;
typedef struct pa_sink_port_info { const char *name; const char *description; uint32_t priority; int available; } pa_sink_port_info;
typedef struct pa_sink_info {
  const char *name;
  uint32_t index;
  const char *description;
  pa_sample_spec sample_spec;
  uint32_t owner_module;
  pa_cvolume volume;
  int mute;
  uint32_t monitor_source;
  const char *monitor_source_name;
  pa_usec_t latency;
  const char *driver;
  unsigned flags;
  pa_volume_t base_volume;
  int state;
  uint32_t n_volume_steps;
  uint32_t card;
  uint32_t n_ports;
  pa_sink_port_info **ports;
  pa_sink_port_info *active_port;
  uint8_t n_formats;
  pa_format_info **formats;
} pa_sink_info;
typedef void (*pa_sink_info_cb_t)(pa_context *c, const pa_sink_info *i, int eol, void *userdata);
pa_context *pa_context_new(const char *name);
pa_operation *pa_context_get_sink_info_by_name(pa_context *c, const char *name, pa_sink_info_cb_t cb, void *userdata);
pa_operation *pa_context_get_sink_info_list(pa_context *c, pa_sink_info_cb_t cb, void *userdata);
void pa_operation_unref(pa_operation *o);
void pa_context_unref(pa_context *c);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "introspect.h"
struct pa_context { const char *name; pa_sink_port_info port; pa_sink_port_info *ports[1]; };
struct pa_operation { int state; };
pa_context *pa_context_new(const char *name) {
  pa_context *c = calloc(1, sizeof *c);
  if (c) { c->name = name; c->port.name = "analog-output"; c->port.priority = 9900; c->ports[0] = &c->port; }
  return c;
}
static void fill(pa_context *c, pa_sink_info *i, uint32_t index) {
  memset(i, 0, sizeof *i);
  i->name = "alsa_output.pci"; i->index = index; i->description = "Built-in Audio";
  i->sample_spec.format = PA_SAMPLE_S16LE; i->sample_spec.rate = 44100; i->sample_spec.channels = 2;
  i->volume.channels = 2; i->volume.values[0] = i->volume.values[1] = 0x10000U; i->base_volume = 0x10000U;
  i->n_volume_steps = 65537; i->n_ports = 1; i->ports = c->ports; i->active_port = &c->port;
}
pa_operation *pa_context_get_sink_info_by_name(pa_context *c, const char *name, pa_sink_info_cb_t cb, void *userdata) {
  pa_sink_info i;
  pa_operation *o = calloc(1, sizeof *o);
  fill(c, &i, 0);
  if (!strcmp(name, i.name)) cb(c, &i, 0, userdata);
  cb(c, NULL, 1, userdata);
  return o;
}
pa_operation *pa_context_get_sink_info_list(pa_context *c, pa_sink_info_cb_t cb, void *userdata) {
  pa_sink_info i;
  pa_operation *o = calloc(1, sizeof *o);
  for (uint32_t k = 0; k < 2; k++) { fill(c, &i, k); cb(c, &i, 0, userdata); }
  cb(c, NULL, 1, userdata);
  return o;
}
void pa_operation_unref(pa_operation *o) { free(o); }
void pa_context_unref(pa_context *c) { free(c); }
//--- v2
#include <stdlib.h>
#include <string.h>
#include "introspect.h"
struct pa_format_info { int encoding; void *plist; };
struct pa_context { const char *name; pa_sink_port_info port; pa_sink_port_info *ports[1]; pa_format_info pcm; pa_format_info *formats[1]; };
struct pa_operation { int state; };
pa_context *pa_context_new(const char *name) {
  pa_context *c = calloc(1, sizeof *c);
  if (c) { c->name = name; c->port.name = "analog-output"; c->port.priority = 9900; c->ports[0] = &c->port; c->pcm.encoding = 1; c->formats[0] = &c->pcm; }
  return c;
}
static void fill(pa_context *c, pa_sink_info *i, uint32_t index) {
  memset(i, 0, sizeof *i);
  i->name = "alsa_output.pci"; i->index = index; i->description = "Built-in Audio";
  i->sample_spec.format = PA_SAMPLE_S16LE; i->sample_spec.rate = 44100; i->sample_spec.channels = 2;
  i->volume.channels = 2; i->volume.values[0] = i->volume.values[1] = 0x10000U; i->base_volume = 0x10000U;
  i->n_volume_steps = 65537; i->n_ports = 1; i->ports = c->ports; i->active_port = &c->port;
  i->n_formats = 1; i->formats = c->formats;
}
pa_operation *pa_context_get_sink_info_by_name(pa_context *c, const char *name, pa_sink_info_cb_t cb, void *userdata) {
  pa_sink_info i;
  pa_operation *o = calloc(1, sizeof *o);
  fill(c, &i, 0);
  if (!strcmp(name, i.name)) cb(c, &i, 0, userdata);
  cb(c, NULL, 1, userdata);
  return o;
}
pa_operation *pa_context_get_sink_info_list(pa_context *c, pa_sink_info_cb_t cb, void *userdata) {
  pa_sink_info i;
  pa_operation *o = calloc(1, sizeof *o);
  for (uint32_t k = 0; k < 2; k++) { fill(c, &i, k); cb(c, &i, 0, userdata); }
  cb(c, NULL, 1, userdata);
  return o;
}
void pa_operation_unref(pa_operation *o) { free(o); }
void pa_context_unref(pa_context *c) { free(c); }
