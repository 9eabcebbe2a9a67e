// expect: info
// why: drmEventContext is a callback table the caller allocates and fills, setting version to the
// why: DRM_EVENT_CONTEXT_VERSION it was compiled with (2), and passes to drmHandleEvent. libdrm 2.4.78 appends
// why: page_flip_handler2 at byte 24 and bumps the version to 3, and drmHandleEvent reads the new member only
// why: when evctx->version >= 3: old callers' 24-byte tables are never read past their end and their
// why: page_flip_handler is still called, so binaries are unaffected (the versioned-struct convention of 192).
// abidiff: 4 disagree: abidiff reports page_flip_handler2 appended and the struct grown from 24 to 32 bytes; drmHandleEvent reads it only when the caller's version is at least 3, which old callers never set (as in 192).
//--- v1/xf86drm.h
#define DRM_EVENT_CONTEXT_VERSION 2
typedef struct _drmEventContext {
  int version;
  void (*vblank_handler)(int fd, unsigned int sequence, unsigned int tv_sec, unsigned int tv_usec, void *user_data);
  void (*page_flip_handler)(int fd, unsigned int sequence, unsigned int tv_sec, unsigned int tv_usec, void *user_data);
} drmEventContext, *drmEventContextPtr;
int drmHandleEvent(int fd, drmEventContextPtr evctx);
//--- v2/xf86drm.h
#define DRM_EVENT_CONTEXT_VERSION 3
typedef struct _drmEventContext {
  int version;
  void (*vblank_handler)(int fd, unsigned int sequence, unsigned int tv_sec, unsigned int tv_usec, void *user_data);
  void (*page_flip_handler)(int fd, unsigned int sequence, unsigned int tv_sec, unsigned int tv_usec, void *user_data);
  void (*page_flip_handler2)(int fd, unsigned int sequence, unsigned int tv_sec, unsigned int tv_usec, unsigned int crtc_id, void *user_data);
} drmEventContext, *drmEventContextPtr;
int drmHandleEvent(int fd, drmEventContextPtr evctx);
//--- v1
#include <stdint.h>
#include <unistd.h>
#include "xf86drm.h"
#define DRM_EVENT_VBLANK 0x01
#define DRM_EVENT_FLIP_COMPLETE 0x02
struct drm_event { uint32_t type; uint32_t length; };
struct drm_event_vblank { struct drm_event base; uint64_t user_data; uint32_t tv_sec; uint32_t tv_usec; uint32_t sequence; uint32_t crtc_id; };
int drmHandleEvent(int fd, drmEventContextPtr evctx) {
  char buffer[1024];
  ssize_t len = read(fd, buffer, sizeof buffer);
  if (len < (ssize_t)sizeof(struct drm_event)) return -1;
  for (ssize_t i = 0; i + (ssize_t)sizeof(struct drm_event) <= len;) {
    struct drm_event *e = (struct drm_event *)&buffer[i];
    if (e->length < sizeof *e || i + e->length > (size_t)len) return -1;
    struct drm_event_vblank *vb = (struct drm_event_vblank *)e;
    if (e->type == DRM_EVENT_VBLANK && evctx->version >= 1 && evctx->vblank_handler)
      evctx->vblank_handler(fd, vb->sequence, vb->tv_sec, vb->tv_usec, (void *)(uintptr_t)vb->user_data);
    else if (e->type == DRM_EVENT_FLIP_COMPLETE && evctx->version >= 2 && evctx->page_flip_handler)
      evctx->page_flip_handler(fd, vb->sequence, vb->tv_sec, vb->tv_usec, (void *)(uintptr_t)vb->user_data);
    i += e->length;
  }
  return 0;
}
//--- v2
#include <stdint.h>
#include <unistd.h>
#include "xf86drm.h"
#define DRM_EVENT_VBLANK 0x01
#define DRM_EVENT_FLIP_COMPLETE 0x02
struct drm_event { uint32_t type; uint32_t length; };
struct drm_event_vblank { struct drm_event base; uint64_t user_data; uint32_t tv_sec; uint32_t tv_usec; uint32_t sequence; uint32_t crtc_id; };
int drmHandleEvent(int fd, drmEventContextPtr evctx) {
  char buffer[1024];
  ssize_t len = read(fd, buffer, sizeof buffer);
  if (len < (ssize_t)sizeof(struct drm_event)) return -1;
  for (ssize_t i = 0; i + (ssize_t)sizeof(struct drm_event) <= len;) {
    struct drm_event *e = (struct drm_event *)&buffer[i];
    if (e->length < sizeof *e || i + e->length > (size_t)len) return -1;
    struct drm_event_vblank *vb = (struct drm_event_vblank *)e;
    if (e->type == DRM_EVENT_VBLANK && evctx->version >= 1 && evctx->vblank_handler)
      evctx->vblank_handler(fd, vb->sequence, vb->tv_sec, vb->tv_usec, (void *)(uintptr_t)vb->user_data);
    else if (e->type == DRM_EVENT_FLIP_COMPLETE && evctx->version >= 3 && evctx->page_flip_handler2)
      evctx->page_flip_handler2(fd, vb->sequence, vb->tv_sec, vb->tv_usec, vb->crtc_id, (void *)(uintptr_t)vb->user_data);
    else if (e->type == DRM_EVENT_FLIP_COMPLETE && evctx->version >= 2 && evctx->page_flip_handler)
      evctx->page_flip_handler(fd, vb->sequence, vb->tv_sec, vb->tv_usec, (void *)(uintptr_t)vb->user_data);
    i += e->length;
  }
  return 0;
}
