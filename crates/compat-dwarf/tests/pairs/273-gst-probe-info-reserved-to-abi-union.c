// expect: info
// why: GStreamer 1.10 wrapped GstPadProbeInfo's gpointer _gst_reserved[4] in union { gpointer
// why: _gst_reserved[4]; struct { GstFlowReturn flow_ret; } abi; } ABI: the union has the array's 32 bytes and
// why: alignment at the same offset, so the struct the library passes to probe callbacks keeps its layout;
// why: the new flow_ret lives in what was reserved space. Reserved space used in place: info.
// abidiff: 4 disagree: abidiff reports GstPadProbeInfo's reserved array wrapped in a union; the union has the array's size and alignment at the same offset (reserved space used in place, as in 32).
//--- v1/gstpad.h
typedef unsigned long gulong;
typedef unsigned long long guint64;
typedef unsigned int guint;
typedef void *gpointer;
typedef struct GstPad GstPad;
typedef enum { GST_FLOW_OK = 0, GST_FLOW_EOS = -3, GST_FLOW_ERROR = -5 } GstFlowReturn;
typedef enum { GST_PAD_PROBE_DROP, GST_PAD_PROBE_OK, GST_PAD_PROBE_REMOVE, GST_PAD_PROBE_PASS } GstPadProbeReturn;
#define GST_PADDING 4
typedef struct {
  unsigned int type;
  gulong id;
  gpointer data;
  guint64 offset;
  guint size;
  gpointer _gst_reserved[GST_PADDING];
} GstPadProbeInfo;
typedef GstPadProbeReturn (*GstPadProbeCallback)(GstPad *pad, GstPadProbeInfo *info, gpointer user_data);
GstPad *gst_pad_new(const char *name);
gulong gst_pad_add_probe(GstPad *pad, unsigned int mask, GstPadProbeCallback callback, gpointer user_data);
int gst_pad_push(GstPad *pad, gpointer buffer);
//--- v2/gstpad.h
typedef unsigned long gulong;
typedef unsigned long long guint64;
typedef unsigned int guint;
typedef void *gpointer;
typedef struct GstPad GstPad;
typedef enum { GST_FLOW_OK = 0, GST_FLOW_EOS = -3, GST_FLOW_ERROR = -5 } GstFlowReturn;
typedef enum { GST_PAD_PROBE_DROP, GST_PAD_PROBE_OK, GST_PAD_PROBE_REMOVE, GST_PAD_PROBE_PASS } GstPadProbeReturn;
#define GST_PADDING 4
typedef struct {
  unsigned int type;
  gulong id;
  gpointer data;
  guint64 offset;
  guint size;
  union {
    gpointer _gst_reserved[GST_PADDING];
    struct { GstFlowReturn flow_ret; } abi;
  } ABI;
} GstPadProbeInfo;
typedef GstPadProbeReturn (*GstPadProbeCallback)(GstPad *pad, GstPadProbeInfo *info, gpointer user_data);
GstPad *gst_pad_new(const char *name);
gulong gst_pad_add_probe(GstPad *pad, unsigned int mask, GstPadProbeCallback callback, gpointer user_data);
int gst_pad_push(GstPad *pad, gpointer buffer);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "gstpad.h"
struct GstPad { const char *name; GstPadProbeCallback probe; gpointer probe_data; gulong next_id; };
GstPad *gst_pad_new(const char *name) { GstPad *p = calloc(1, sizeof *p); if (p) p->name = name; return p; }
gulong gst_pad_add_probe(GstPad *pad, unsigned int mask, GstPadProbeCallback callback, gpointer user_data) {
  (void)mask; pad->probe = callback; pad->probe_data = user_data; return ++pad->next_id;
}
int gst_pad_push(GstPad *pad, gpointer buffer) {
  GstPadProbeInfo info;
  memset(&info, 0, sizeof info);
  info.type = 1; info.id = pad->next_id; info.data = buffer;
  if (pad->probe && pad->probe(pad, &info, pad->probe_data) == GST_PAD_PROBE_DROP) return GST_FLOW_OK;
  return GST_FLOW_OK;
}
//--- v2
#include <stdlib.h>
#include <string.h>
#include "gstpad.h"
struct GstPad { const char *name; GstPadProbeCallback probe; gpointer probe_data; gulong next_id; };
GstPad *gst_pad_new(const char *name) { GstPad *p = calloc(1, sizeof *p); if (p) p->name = name; return p; }
gulong gst_pad_add_probe(GstPad *pad, unsigned int mask, GstPadProbeCallback callback, gpointer user_data) {
  (void)mask; pad->probe = callback; pad->probe_data = user_data; return ++pad->next_id;
}
int gst_pad_push(GstPad *pad, gpointer buffer) {
  GstPadProbeInfo info;
  memset(&info, 0, sizeof info);
  info.type = 1; info.id = pad->next_id; info.data = buffer;
  info.ABI.abi.flow_ret = GST_FLOW_OK;
  if (pad->probe && pad->probe(pad, &info, pad->probe_data) == GST_PAD_PROBE_DROP) return info.ABI.abi.flow_ret;
  return GST_FLOW_OK;
}
