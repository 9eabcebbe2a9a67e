// expect: warning
// why: struct xdo is defined with its members in the public header xdo.h and only xdo_new hands instances out;
// why: programs may read xdo->xdpy or xdo->quiet directly (xdotool does) or may treat it as opaque, and only the
// why: headers' documentation can tell which. v2 inserts int debug after display_name, moving charcodes and
// why: everything after it by 8 bytes: breaking if the members are public, so a warning naming what decides it.
// abidiff: 4 agree
//--- v1/xdo.h
typedef unsigned long Window;
typedef struct _XDisplay Display;
typedef struct charcodemap { int code; int symbol; int group; int modmask; int needs_binding; } charcodemap_t;
typedef struct xdo {
  Display *xdpy;
  char *display_name;
  charcodemap_t *charcodes;
  int charcodes_len;
  int keycode_high;
  int keycode_low;
  int keysyms_per_keycode;
  int close_display_when_freed;
  int quiet;
  int features_mask;
} xdo_t;
xdo_t *xdo_new(const char *display);
void xdo_free(xdo_t *xdo);
int xdo_move_mouse(const xdo_t *xdo, int x, int y, int screen);
int xdo_get_active_window(const xdo_t *xdo, Window *window_ret);
//--- v2/xdo.h
typedef unsigned long Window;
typedef struct _XDisplay Display;
typedef struct charcodemap { int code; int symbol; int group; int modmask; int needs_binding; } charcodemap_t;
typedef struct xdo {
  Display *xdpy;
  char *display_name;
  int debug;
  charcodemap_t *charcodes;
  int charcodes_len;
  int keycode_high;
  int keycode_low;
  int keysyms_per_keycode;
  int close_display_when_freed;
  int quiet;
  int features_mask;
} xdo_t;
xdo_t *xdo_new(const char *display);
void xdo_free(xdo_t *xdo);
int xdo_move_mouse(const xdo_t *xdo, int x, int y, int screen);
int xdo_get_active_window(const xdo_t *xdo, Window *window_ret);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "xdo.h"
xdo_t *xdo_new(const char *display) {
  xdo_t *xdo = calloc(1, sizeof *xdo);
  if (!xdo) return NULL;
  xdo->display_name = strdup(display ? display : ":0");
  xdo->keycode_low = 8; xdo->keycode_high = 255; xdo->close_display_when_freed = 1;
  xdo->charcodes = calloc(256, sizeof *xdo->charcodes); xdo->charcodes_len = 256;
  return xdo;
}
void xdo_free(xdo_t *xdo) { if (xdo) { free(xdo->display_name); free(xdo->charcodes); free(xdo); } }
int xdo_move_mouse(const xdo_t *xdo, int x, int y, int screen) { return (xdo->xdpy == NULL && !xdo->quiet) ? -1 : (x < 0 || y < 0 || screen < 0); }
int xdo_get_active_window(const xdo_t *xdo, Window *window_ret) { *window_ret = (Window)xdo->keycode_low; return 0; }
//--- v2
#include <stdlib.h>
#include <string.h>
#include "xdo.h"
xdo_t *xdo_new(const char *display) {
  xdo_t *xdo = calloc(1, sizeof *xdo);
  if (!xdo) return NULL;
  xdo->display_name = strdup(display ? display : ":0");
  xdo->debug = getenv("DEBUG") != NULL;
  xdo->keycode_low = 8; xdo->keycode_high = 255; xdo->close_display_when_freed = 1;
  xdo->charcodes = calloc(256, sizeof *xdo->charcodes); xdo->charcodes_len = 256;
  return xdo;
}
void xdo_free(xdo_t *xdo) { if (xdo) { free(xdo->display_name); free(xdo->charcodes); free(xdo); } }
int xdo_move_mouse(const xdo_t *xdo, int x, int y, int screen) { return (xdo->xdpy == NULL && !xdo->quiet) ? -1 : (x < 0 || y < 0 || screen < 0); }
int xdo_get_active_window(const xdo_t *xdo, Window *window_ret) { *window_ret = (Window)xdo->keycode_low; return 0; }
