// expect: warning
// why: libwacom_get_button_flag returned the enum WacomButtonFlags, whose values are all non-negative bit flags, so
// why: unsigned int underneath; v2 declares the result int. The same register and size, but the result flips from
// why: unsigned to signed (as in 720, for a result): an enum and an integer of the other signedness.
// abidiff: 0 disagree: abidiff filters an enum replaced by an integer of its size; the signedness of the result still flips.
//--- wacom-device.h
typedef struct _WacomDevice WacomDevice;
WacomDevice *libwacom_new_simple(int nbuttons);
void libwacom_destroy(WacomDevice *device);
//--- v1/libwacom.h
typedef enum { WACOM_BUTTON_NONE = 0, WACOM_BUTTON_POSITION_LEFT = 1 << 1, WACOM_BUTTON_POSITION_RIGHT = 1 << 2, WACOM_BUTTON_POSITION_TOP = 1 << 3, WACOM_BUTTON_POSITION_BOTTOM = 1 << 4, WACOM_BUTTON_RING_MODESWITCH = 1 << 5, WACOM_BUTTON_OLED = 1 << 8 } WacomButtonFlags;
WacomButtonFlags libwacom_get_button_flag(const WacomDevice *device, char button);
//--- v2/libwacom.h
typedef enum { WACOM_BUTTON_NONE = 0, WACOM_BUTTON_POSITION_LEFT = 1 << 1, WACOM_BUTTON_POSITION_RIGHT = 1 << 2, WACOM_BUTTON_POSITION_TOP = 1 << 3, WACOM_BUTTON_POSITION_BOTTOM = 1 << 4, WACOM_BUTTON_RING_MODESWITCH = 1 << 5, WACOM_BUTTON_OLED = 1 << 8 } WacomButtonFlags;
int libwacom_get_button_flag(const WacomDevice *device, char button);
//--- v1
#include <stdlib.h>
#include "wacom-device.h"
#include "libwacom.h"
struct _WacomDevice { int nbuttons; WacomButtonFlags *flags; };
WacomDevice *libwacom_new_simple(int nbuttons) { WacomDevice *d = calloc(1, sizeof *d); if (d) { d->nbuttons = nbuttons; d->flags = calloc((size_t)nbuttons, sizeof *d->flags); for (int i = 0; d->flags && i < nbuttons; i++) d->flags[i] = i % 2 ? WACOM_BUTTON_POSITION_RIGHT : WACOM_BUTTON_POSITION_LEFT; } return d; }
void libwacom_destroy(WacomDevice *device) { if (device) { free(device->flags); free(device); } }
WacomButtonFlags libwacom_get_button_flag(const WacomDevice *device, char button) { int i = button - 'A'; if (i < 0 || i >= device->nbuttons) return WACOM_BUTTON_NONE; return device->flags[i]; }
//--- v2
#include <stdlib.h>
#include "wacom-device.h"
#include "libwacom.h"
struct _WacomDevice { int nbuttons; WacomButtonFlags *flags; };
WacomDevice *libwacom_new_simple(int nbuttons) { WacomDevice *d = calloc(1, sizeof *d); if (d) { d->nbuttons = nbuttons; d->flags = calloc((size_t)nbuttons, sizeof *d->flags); for (int i = 0; d->flags && i < nbuttons; i++) d->flags[i] = i % 2 ? WACOM_BUTTON_POSITION_RIGHT : WACOM_BUTTON_POSITION_LEFT; } return d; }
void libwacom_destroy(WacomDevice *device) { if (device) { free(device->flags); free(device); } }
int libwacom_get_button_flag(const WacomDevice *device, char button) { int i = button - 'A'; if (i < 0 || i >= device->nbuttons) return WACOM_BUTTON_NONE; return (int)device->flags[i]; }
