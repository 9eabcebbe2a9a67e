// expect: warning
// why: struct frame (AVFrame-like) is defined in the header and only handed out by frame_alloc; v2 removes the
// why: deprecated pkt_pts, so format moves from byte 72 to 64 and the struct shrinks. Consumers that read
// why: frame->format directly break; without the public headers that is undecided, breaking if public.
// abidiff: 4 agree
//--- v1/frame.h
struct frame { unsigned char *data[4]; int linesize[4]; int width; int height; long long pts; long long pkt_pts; int format; };
struct frame *frame_alloc(void);
void frame_free(struct frame *f);
//--- v2/frame.h
struct frame { unsigned char *data[4]; int linesize[4]; int width; int height; long long pts; int format; };
struct frame *frame_alloc(void);
void frame_free(struct frame *f);
//--- lib.c
#include <stdlib.h>
#include "frame.h"
struct frame *frame_alloc(void) { struct frame *f = calloc(1, sizeof *f); if (f) f->format = -1; return f; }
void frame_free(struct frame *f) { free(f); }
