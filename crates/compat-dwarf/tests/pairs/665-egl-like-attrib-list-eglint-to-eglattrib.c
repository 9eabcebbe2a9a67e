// expect: breaking
// why: eglCreateSync takes an attribute list the caller builds: an array of key/value pairs ending in EGL_NONE.
// why: v2 changes its element type from EGLint (4-byte int) to EGLAttrib (intptr_t, 8 bytes), so the library walks
// why: old callers' int arrays as 8-byte pairs, reading two attributes as one and past the terminator.
// abidiff: 4 agree
//--- v1/egl.h
#include <stdint.h>
typedef int EGLint;
typedef intptr_t EGLAttrib;
typedef unsigned int EGLenum;
typedef void *EGLDisplay;
typedef void *EGLSync;
#define EGL_NONE 0x3038
EGLSync eglCreateSync(EGLDisplay dpy, EGLenum type, const EGLint *attrib_list);
//--- v2/egl.h
#include <stdint.h>
typedef int EGLint;
typedef intptr_t EGLAttrib;
typedef unsigned int EGLenum;
typedef void *EGLDisplay;
typedef void *EGLSync;
#define EGL_NONE 0x3038
EGLSync eglCreateSync(EGLDisplay dpy, EGLenum type, const EGLAttrib *attrib_list);
//--- v1
#include <stdlib.h>
#include "egl.h"
struct sync { EGLenum type; EGLint status; };
EGLSync eglCreateSync(EGLDisplay dpy, EGLenum type, const EGLint *a) { if (!dpy) return 0; struct sync *s = calloc(1, sizeof *s); if (!s) return 0; s->type = type; for (; a && *a != EGL_NONE; a += 2) if (a[0] == 0x30F1) s->status = a[1]; return s; }
//--- v2
#include <stdlib.h>
#include "egl.h"
struct sync { EGLenum type; EGLint status; };
EGLSync eglCreateSync(EGLDisplay dpy, EGLenum type, const EGLAttrib *a) { if (!dpy) return 0; struct sync *s = calloc(1, sizeof *s); if (!s) return 0; s->type = type; for (; a && *a != EGL_NONE; a += 2) if (a[0] == 0x30F1) s->status = (EGLint)a[1]; return s; }
