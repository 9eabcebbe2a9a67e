// expect: warning
// why: 852's device info grown from 52 to 256 bytes, with usbmuxd_get_device_by_udid still filling a pointer it is
// why: given, but the library also hands out pointers to its own device records (usbmuxd_device_at returns one):
// why: the pointer given to usbmuxd_get_device_by_udid may be one of those, so DWARF no longer shows that callers
// why: allocate the struct, and as a header-declared struct reached through handed-out pointers it is undecided
// why: (the limit of 852's rule: only a struct the library hands out embedded in another, never by pointer, is public).
// abidiff: 4 agree
//--- v1/usbmuxd.h
#include <stdint.h>
typedef struct { uint32_t handle; int product_id; char udid[41]; } usbmuxd_device_info_t;
typedef struct { int event; usbmuxd_device_info_t device; } usbmuxd_event_t;
typedef void (*usbmuxd_event_cb_t)(const usbmuxd_event_t *event, void *user_data);
int usbmuxd_events_subscribe(usbmuxd_event_cb_t callback, void *user_data);
int usbmuxd_get_device_by_udid(const char *udid, usbmuxd_device_info_t *device);
const usbmuxd_device_info_t *usbmuxd_device_at(int index);
//--- v2/usbmuxd.h
#include <stdint.h>
enum usbmux_connection_type { CONNECTION_TYPE_USB = 1, CONNECTION_TYPE_NETWORK };
typedef struct { uint32_t handle; uint32_t product_id; char udid[44]; enum usbmux_connection_type conn_type; char conn_data[200]; } usbmuxd_device_info_t;
typedef struct { int event; usbmuxd_device_info_t device; } usbmuxd_event_t;
typedef void (*usbmuxd_event_cb_t)(const usbmuxd_event_t *event, void *user_data);
int usbmuxd_events_subscribe(usbmuxd_event_cb_t callback, void *user_data);
int usbmuxd_get_device_by_udid(const char *udid, usbmuxd_device_info_t *device);
const usbmuxd_device_info_t *usbmuxd_device_at(int index);
//--- v1
#include <string.h>
#include "usbmuxd.h"
static usbmuxd_device_info_t known = { 7, 0x12a8, "00008030-001A2D3C0E88802E" };
int usbmuxd_events_subscribe(usbmuxd_event_cb_t callback, void *user_data) { if (!callback) return -22; usbmuxd_event_t ev; ev.event = 1; ev.device = known; callback(&ev, user_data); return 0; }
int usbmuxd_get_device_by_udid(const char *udid, usbmuxd_device_info_t *device) { if (udid && strcmp(udid, known.udid) != 0) return 0; *device = known; return 1; }
const usbmuxd_device_info_t *usbmuxd_device_at(int index) { return index == 0 ? &known : 0; }
//--- v2
#include <string.h>
#include "usbmuxd.h"
static usbmuxd_device_info_t known = { 7, 0x12a8, "00008030-001A2D3C0E88802E", CONNECTION_TYPE_USB, { 0 } };
int usbmuxd_events_subscribe(usbmuxd_event_cb_t callback, void *user_data) { if (!callback) return -22; usbmuxd_event_t ev; ev.event = 1; ev.device = known; callback(&ev, user_data); return 0; }
int usbmuxd_get_device_by_udid(const char *udid, usbmuxd_device_info_t *device) { if (udid && strcmp(udid, known.udid) != 0) return 0; *device = known; return 1; }
const usbmuxd_device_info_t *usbmuxd_device_at(int index) { return index == 0 ? &known : 0; }
