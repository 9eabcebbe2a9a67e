// expect: breaking
// why: struct xmp_frame_info is the caller's own out-parameter (struct xmp_frame_info fi; xmp_get_frame_info(ctx,
// why: &fi);), which the library fills completely on every call. v2 raises XMP_MAX_CHANNELS from 64 to 128, so the
// why: trailing channel_info array doubles and the struct grows by 64 entries: v2 writes 128 channel records into an
// why: old caller's object sized for 64, overrunning whatever follows it on the caller's stack.
// abidiff: 4 agree
//--- v1/xmp.h
#define XMP_MAX_CHANNELS 64
typedef char *xmp_context;
struct xmp_channel_info {
    unsigned int period;
    unsigned int position;
    short pitchbend;
    unsigned char note;
    unsigned char instrument;
    unsigned char sample;
    unsigned char volume;
    unsigned char pan;
    unsigned char reserved;
};
struct xmp_frame_info {
    int pos;
    int pattern;
    int row;
    int num_rows;
    int frame;
    int speed;
    int bpm;
    int time;
    int total_time;
    int frame_time;
    void *buffer;
    int buffer_size;
    int total_size;
    int volume;
    int loop_count;
    int virt_channels;
    int virt_used;
    int sequence;
    struct xmp_channel_info channel_info[XMP_MAX_CHANNELS];
};
xmp_context xmp_create_context(void);
void xmp_free_context(xmp_context ctx);
void xmp_get_frame_info(xmp_context ctx, struct xmp_frame_info *info);
//--- v2/xmp.h
#define XMP_MAX_CHANNELS 128
typedef char *xmp_context;
struct xmp_channel_info {
    unsigned int period;
    unsigned int position;
    short pitchbend;
    unsigned char note;
    unsigned char instrument;
    unsigned char sample;
    unsigned char volume;
    unsigned char pan;
    unsigned char reserved;
};
struct xmp_frame_info {
    int pos;
    int pattern;
    int row;
    int num_rows;
    int frame;
    int speed;
    int bpm;
    int time;
    int total_time;
    int frame_time;
    void *buffer;
    int buffer_size;
    int total_size;
    int volume;
    int loop_count;
    int virt_channels;
    int virt_used;
    int sequence;
    struct xmp_channel_info channel_info[XMP_MAX_CHANNELS];
};
xmp_context xmp_create_context(void);
void xmp_free_context(xmp_context ctx);
void xmp_get_frame_info(xmp_context ctx, struct xmp_frame_info *info);
//--- lib.c
#include <stdlib.h>
#include <string.h>
#include "xmp.h"
struct context_data { int pos, row, frame, speed, bpm; int num_channels; struct xmp_channel_info chn[XMP_MAX_CHANNELS]; };
xmp_context xmp_create_context(void) {
    struct context_data *ctx = calloc(1, sizeof *ctx);
    if (ctx) { ctx->speed = 6; ctx->bpm = 125; ctx->num_channels = 4; }
    return (xmp_context)ctx;
}
void xmp_free_context(xmp_context opaque) { free(opaque); }
void xmp_get_frame_info(xmp_context opaque, struct xmp_frame_info *info) {
    struct context_data *ctx = (struct context_data *)opaque;
    memset(info, 0, sizeof *info);
    info->pos = ctx->pos; info->row = ctx->row; info->frame = ctx->frame;
    info->speed = ctx->speed; info->bpm = ctx->bpm; info->virt_channels = ctx->num_channels;
    for (int i = 0; i < XMP_MAX_CHANNELS; i++) info->channel_info[i] = ctx->chn[i];
}
