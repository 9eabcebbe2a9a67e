// expect: info
// why: __DRIdri2LoaderExtension is a table the loader (the consumer) allocates and fills, with base.version set to the
// why: version it was compiled with (2), and hands to the driver's dri2_create_screen. v2 appends
// why: getBuffersWithFormat and documents version 3; the driver calls it only when loader->base.version >= 3, so an
// why: old loader's 32-byte table is never read past its end (the versioned-struct convention of 359, with the version
// why: inside the embedded __DRIextension header).
// abidiff: 4 disagree: abidiff reports the loader extension grown; the driver reads the new member only when the loader's base.version covers it.
//--- v1/dri_interface.h
typedef struct __DRIextensionRec { const char *name; int version; } __DRIextension;
typedef struct __DRIbufferRec { unsigned int attachment; unsigned int name; unsigned int pitch; unsigned int cpp; unsigned int flags; } __DRIbuffer;
typedef struct __DRIdri2LoaderExtensionRec {
    __DRIextension base;
    __DRIbuffer *(*getBuffers)(void *drawable, int *width, int *height, unsigned int *attachments, int count, int *out_count, void *loaderPrivate);
    void (*flushFrontBuffer)(void *drawable, void *loaderPrivate);
} __DRIdri2LoaderExtension;
struct dri_screen;
struct dri_screen *dri2_create_screen(int fd, const __DRIdri2LoaderExtension *loader);
__DRIbuffer *dri2_get_back_buffer(struct dri_screen *screen, void *drawable, void *loaderPrivate);
//--- v2/dri_interface.h
typedef struct __DRIextensionRec { const char *name; int version; } __DRIextension;
typedef struct __DRIbufferRec { unsigned int attachment; unsigned int name; unsigned int pitch; unsigned int cpp; unsigned int flags; } __DRIbuffer;
typedef struct __DRIdri2LoaderExtensionRec {
    __DRIextension base;
    __DRIbuffer *(*getBuffers)(void *drawable, int *width, int *height, unsigned int *attachments, int count, int *out_count, void *loaderPrivate);
    void (*flushFrontBuffer)(void *drawable, void *loaderPrivate);
    __DRIbuffer *(*getBuffersWithFormat)(void *drawable, int *width, int *height, unsigned int *attachments, int count, int *out_count, void *loaderPrivate);
} __DRIdri2LoaderExtension;
struct dri_screen;
struct dri_screen *dri2_create_screen(int fd, const __DRIdri2LoaderExtension *loader);
__DRIbuffer *dri2_get_back_buffer(struct dri_screen *screen, void *drawable, void *loaderPrivate);
//--- v1
#include <stdlib.h>
#include "dri_interface.h"
struct dri_screen { int fd; const __DRIdri2LoaderExtension *loader; };
struct dri_screen *dri2_create_screen(int fd, const __DRIdri2LoaderExtension *loader) { if (fd < 0 || !loader || loader->base.version < 1) return 0; struct dri_screen *s = calloc(1, sizeof *s); if (s) { s->fd = fd; s->loader = loader; } return s; }
__DRIbuffer *dri2_get_back_buffer(struct dri_screen *screen, void *drawable, void *loaderPrivate) {
    unsigned int attachments[2] = { 1, 32 }; int w, h, n = 0;
    return screen->loader->getBuffers(drawable, &w, &h, attachments, 1, &n, loaderPrivate);
}
//--- v2
#include <stdlib.h>
#include "dri_interface.h"
struct dri_screen { int fd; const __DRIdri2LoaderExtension *loader; };
struct dri_screen *dri2_create_screen(int fd, const __DRIdri2LoaderExtension *loader) { if (fd < 0 || !loader || loader->base.version < 1) return 0; struct dri_screen *s = calloc(1, sizeof *s); if (s) { s->fd = fd; s->loader = loader; } return s; }
__DRIbuffer *dri2_get_back_buffer(struct dri_screen *screen, void *drawable, void *loaderPrivate) {
    unsigned int attachments[2] = { 1, 32 }; int w, h, n = 0;
    if (screen->loader->base.version >= 3 && screen->loader->getBuffersWithFormat) return screen->loader->getBuffersWithFormat(drawable, &w, &h, attachments, 1, &n, loaderPrivate);
    return screen->loader->getBuffers(drawable, &w, &h, attachments, 1, &n, loaderPrivate);
}
