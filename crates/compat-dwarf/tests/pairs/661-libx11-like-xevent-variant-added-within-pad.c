// expect: info
// why: XEvent is caller-allocated (XNextEvent fills the caller's XEvent) and its long pad[24] fixes its size at
// why: 192 bytes. v2 adds the XGenericEventCookie variant (56 bytes), which fits inside the pad: the union keeps
// why: its size and alignment and every old variant its offsets, so old callers' storage is big enough for
// why: anything the library writes (as in the union variant added within its size of round 15).
// abidiff: 0 agree
//--- v1/Xlib.h
typedef struct _XDisplay Display;
typedef struct { int type; unsigned long serial; int send_event; Display *display; unsigned long window; } XAnyEvent;
typedef struct { int type; unsigned long serial; int send_event; Display *display; unsigned long window; unsigned long root; unsigned long subwindow; unsigned long time; int x, y; int x_root, y_root; unsigned int state; unsigned int keycode; int same_screen; } XKeyEvent;
typedef union _XEvent { int type; XAnyEvent xany; XKeyEvent xkey; long pad[24]; } XEvent;
Display *XOpenDisplay(const char *name);
int XNextEvent(Display *dpy, XEvent *event_return);
//--- v2/Xlib.h
typedef struct _XDisplay Display;
typedef struct { int type; unsigned long serial; int send_event; Display *display; unsigned long window; } XAnyEvent;
typedef struct { int type; unsigned long serial; int send_event; Display *display; unsigned long window; unsigned long root; unsigned long subwindow; unsigned long time; int x, y; int x_root, y_root; unsigned int state; unsigned int keycode; int same_screen; } XKeyEvent;
typedef struct { int type; unsigned long serial; int send_event; Display *display; int extension; int evtype; unsigned int cookie; void *data; } XGenericEventCookie;
typedef union _XEvent { int type; XAnyEvent xany; XKeyEvent xkey; XGenericEventCookie xcookie; long pad[24]; } XEvent;
Display *XOpenDisplay(const char *name);
int XNextEvent(Display *dpy, XEvent *event_return);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "Xlib.h"
struct _XDisplay { int fd; unsigned long serial; };
Display *XOpenDisplay(const char *name) { return name ? calloc(1, sizeof(Display)) : 0; }
int XNextEvent(Display *dpy, XEvent *ev) { memset(ev, 0, sizeof *ev); ev->xkey.type = 2; ev->xkey.serial = ++dpy->serial; ev->xkey.display = dpy; ev->xkey.keycode = 38; return 0; }
//--- v2
#include <stdlib.h>
#include <string.h>
#include "Xlib.h"
struct _XDisplay { int fd; unsigned long serial; };
Display *XOpenDisplay(const char *name) { return name ? calloc(1, sizeof(Display)) : 0; }
int XNextEvent(Display *dpy, XEvent *ev) { memset(ev, 0, sizeof *ev); if (dpy->serial & 1) { ev->xcookie.type = 35; ev->xcookie.serial = ++dpy->serial; ev->xcookie.display = dpy; ev->xcookie.extension = 131; return 0; } ev->xkey.type = 2; ev->xkey.serial = ++dpy->serial; ev->xkey.display = dpy; ev->xkey.keycode = 38; return 0; }
