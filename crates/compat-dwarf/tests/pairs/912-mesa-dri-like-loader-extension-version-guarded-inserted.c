// expect: breaking
// why: 837's loader table with getBuffersWithFormat inserted before flushFrontBuffer instead of appended: the
// why: version in the embedded __DRIextension header still guards the new member, but flushFrontBuffer moves
// why: from byte 24 to byte 32, so v2's driver reads an old loader's flushFrontBuffer past the end of its
// why: 32-byte table whatever version it says (the versioned-struct convention covers members appended at the end).
// abidiff: 4 agree
// message: moved from byte 24 to byte 32
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
    __DRIbuffer *(*getBuffersWithFormat)(void *drawable, int *width, int *height, unsigned int *attachments, int count, int *out_count, void *loaderPrivate);
    void (*flushFrontBuffer)(void *drawable, void *loaderPrivate);
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
