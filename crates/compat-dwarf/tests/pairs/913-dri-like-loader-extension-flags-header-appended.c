// expect: breaking
// why: 837's loader table appended, but the embedded __DRIextension header holds a name and flags, no version:
// why: nothing an old loader sets tells the driver that its 32-byte table ends before getBuffersWithFormat, and
// why: the flag bit v2 tests is not one the old header documented, so v2 may read past an old loader's table.
// abidiff: 4 agree
//--- v1/dri_interface.h
typedef struct __DRIextensionRec { const char *name; int flags; } __DRIextension;
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
typedef struct __DRIextensionRec { const char *name; int flags; } __DRIextension;
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
struct dri_screen *dri2_create_screen(int fd, const __DRIdri2LoaderExtension *loader) { if (fd < 0 || !loader || loader->base.flags < 0) return 0; struct dri_screen *s = calloc(1, sizeof *s); if (s) { s->fd = fd; s->loader = loader; } return s; }
__DRIbuffer *dri2_get_back_buffer(struct dri_screen *screen, void *drawable, void *loaderPrivate) {
    unsigned int attachments[2] = { 1, 32 }; int w, h, n = 0;
    return screen->loader->getBuffers(drawable, &w, &h, attachments, 1, &n, loaderPrivate);
}
//--- v2
#include <stdlib.h>
#include "dri_interface.h"
struct dri_screen { int fd; const __DRIdri2LoaderExtension *loader; };
struct dri_screen *dri2_create_screen(int fd, const __DRIdri2LoaderExtension *loader) { if (fd < 0 || !loader || loader->base.flags < 0) return 0; struct dri_screen *s = calloc(1, sizeof *s); if (s) { s->fd = fd; s->loader = loader; } return s; }
__DRIbuffer *dri2_get_back_buffer(struct dri_screen *screen, void *drawable, void *loaderPrivate) {
    unsigned int attachments[2] = { 1, 32 }; int w, h, n = 0;
    if ((screen->loader->base.flags & 4) && screen->loader->getBuffersWithFormat) return screen->loader->getBuffersWithFormat(drawable, &w, &h, attachments, 1, &n, loaderPrivate);
    return screen->loader->getBuffers(drawable, &w, &h, attachments, 1, &n, loaderPrivate);
}
