// expect: info
// why: struct libdecor_frame_interface is a table of callbacks the application fills (static initializer) and hands
// why: to libdecor_decorate; it ends in ten padding slots void (*reserved0)(void) ... reserved9 "for future use". v2
// why: replaces reserved0 in place with void (*bounds)(struct libdecor_frame *, int, int, void *): a function pointer
// why: of the same size at the same offset, the table keeps its 112 bytes, and the library calls it only when it is
// why: not NULL, which every old table's zeroed reserved0 is. This is what the padding was reserved for.
// abidiff: 4 disagree: the reserved slot is replaced in place by a member of its size; old tables hold NULL there
//--- v1/libdecor.h
struct wl_surface;
struct libdecor;
struct libdecor_frame;
struct libdecor_configuration;
struct libdecor_frame_interface {
    void (*configure)(struct libdecor_frame *frame, struct libdecor_configuration *configuration, void *user_data);
    void (*close)(struct libdecor_frame *frame, void *user_data);
    void (*commit)(struct libdecor_frame *frame, void *user_data);
    void (*dismiss_popup)(struct libdecor_frame *frame, const char *seat_name, void *user_data);
    void (*reserved0)(void);
    void (*reserved1)(void);
    void (*reserved2)(void);
    void (*reserved3)(void);
    void (*reserved4)(void);
    void (*reserved5)(void);
    void (*reserved6)(void);
    void (*reserved7)(void);
    void (*reserved8)(void);
    void (*reserved9)(void);
};
struct libdecor *libdecor_new(void *display);
struct libdecor_frame *libdecor_decorate(struct libdecor *context, struct wl_surface *surface, const struct libdecor_frame_interface *iface, void *user_data);
void libdecor_frame_set_bounds_hint(struct libdecor_frame *frame, int width, int height);
void libdecor_frame_commit(struct libdecor_frame *frame);
//--- v2/libdecor.h
struct wl_surface;
struct libdecor;
struct libdecor_frame;
struct libdecor_configuration;
struct libdecor_frame_interface {
    void (*configure)(struct libdecor_frame *frame, struct libdecor_configuration *configuration, void *user_data);
    void (*close)(struct libdecor_frame *frame, void *user_data);
    void (*commit)(struct libdecor_frame *frame, void *user_data);
    void (*dismiss_popup)(struct libdecor_frame *frame, const char *seat_name, void *user_data);
    void (*bounds)(struct libdecor_frame *frame, int width, int height, void *user_data);
    void (*reserved1)(void);
    void (*reserved2)(void);
    void (*reserved3)(void);
    void (*reserved4)(void);
    void (*reserved5)(void);
    void (*reserved6)(void);
    void (*reserved7)(void);
    void (*reserved8)(void);
    void (*reserved9)(void);
};
struct libdecor *libdecor_new(void *display);
struct libdecor_frame *libdecor_decorate(struct libdecor *context, struct wl_surface *surface, const struct libdecor_frame_interface *iface, void *user_data);
void libdecor_frame_set_bounds_hint(struct libdecor_frame *frame, int width, int height);
void libdecor_frame_commit(struct libdecor_frame *frame);
//--- v1
#include <stdlib.h>
#include "libdecor.h"
struct libdecor { void *display; int frames; };
struct libdecor_frame { struct libdecor *context; struct wl_surface *surface; const struct libdecor_frame_interface *iface; void *user_data; int bounds_w, bounds_h; };
struct libdecor *libdecor_new(void *display) { struct libdecor *c = calloc(1, sizeof *c); if (c) c->display = display; return c; }
struct libdecor_frame *libdecor_decorate(struct libdecor *context, struct wl_surface *surface, const struct libdecor_frame_interface *iface, void *user_data) {
    struct libdecor_frame *f = calloc(1, sizeof *f);
    if (!f) return NULL;
    f->context = context; f->surface = surface; f->iface = iface; f->user_data = user_data;
    context->frames++;
    return f;
}
void libdecor_frame_set_bounds_hint(struct libdecor_frame *frame, int width, int height) { frame->bounds_w = width; frame->bounds_h = height; }
void libdecor_frame_commit(struct libdecor_frame *frame) { frame->iface->commit(frame, frame->user_data); }
//--- v2
#include <stdlib.h>
#include "libdecor.h"
struct libdecor { void *display; int frames; };
struct libdecor_frame { struct libdecor *context; struct wl_surface *surface; const struct libdecor_frame_interface *iface; void *user_data; int bounds_w, bounds_h; };
struct libdecor *libdecor_new(void *display) { struct libdecor *c = calloc(1, sizeof *c); if (c) c->display = display; return c; }
struct libdecor_frame *libdecor_decorate(struct libdecor *context, struct wl_surface *surface, const struct libdecor_frame_interface *iface, void *user_data) {
    struct libdecor_frame *f = calloc(1, sizeof *f);
    if (!f) return NULL;
    f->context = context; f->surface = surface; f->iface = iface; f->user_data = user_data;
    context->frames++;
    return f;
}
void libdecor_frame_set_bounds_hint(struct libdecor_frame *frame, int width, int height) {
    frame->bounds_w = width; frame->bounds_h = height;
    if (frame->iface->bounds) frame->iface->bounds(frame, width, height, frame->user_data);
}
void libdecor_frame_commit(struct libdecor_frame *frame) { frame->iface->commit(frame, frame->user_data); }
