// expect: warning
// why: 852's device info grown from 52 to 256 bytes, but no export takes a pointer to one: consumers meet
// why: usbmuxd_device_info_t only inside the usbmuxd_event_t the library builds and passes to their callback, and
// why: connect by the handle, passed by value. The event is declared in a header and only handed out, so whether
// why: consumers read its members (event->device.udid) only the public headers can tell: undecided (the other
// why: side of 852, where a caller-allocated out-parameter makes it public).
// abidiff: 4 agree
//--- v1/usbmuxd.h
#include <stdint.h>
typedef struct { uint32_t handle; int product_id; char udid[41]; } usbmuxd_device_info_t;
typedef struct { int event; usbmuxd_device_info_t device; } usbmuxd_event_t;
typedef void (*usbmuxd_event_cb_t)(const usbmuxd_event_t *event, void *user_data);
int usbmuxd_events_subscribe(usbmuxd_event_cb_t callback, void *user_data);
int usbmuxd_connect(uint32_t handle, unsigned short port);
//--- v2/usbmuxd.h
#include <stdint.h>
enum usbmux_connection_type { CONNECTION_TYPE_USB = 1, CONNECTION_TYPE_NETWORK };
typedef struct { uint32_t handle; uint32_t product_id; char udid[44]; enum usbmux_connection_type conn_type; char conn_data[200]; } usbmuxd_device_info_t;
typedef struct { int event; usbmuxd_device_info_t device; } usbmuxd_event_t;
typedef void (*usbmuxd_event_cb_t)(const usbmuxd_event_t *event, void *user_data);
int usbmuxd_events_subscribe(usbmuxd_event_cb_t callback, void *user_data);
int usbmuxd_connect(uint32_t handle, unsigned short port);
//--- v1
#include <string.h>
#include "usbmuxd.h"
static usbmuxd_device_info_t known = { 7, 0x12a8, "00008030-001A2D3C0E88802E" };
int usbmuxd_events_subscribe(usbmuxd_event_cb_t callback, void *user_data) { if (!callback) return -22; usbmuxd_event_t ev; ev.event = 1; ev.device = known; callback(&ev, user_data); return 0; }
int usbmuxd_connect(uint32_t handle, unsigned short port) { return handle == known.handle && port ? 3 : -19; }
//--- v2
#include <string.h>
#include "usbmuxd.h"
static usbmuxd_device_info_t known = { 7, 0x12a8, "00008030-001A2D3C0E88802E", CONNECTION_TYPE_USB, { 0 } };
int usbmuxd_events_subscribe(usbmuxd_event_cb_t callback, void *user_data) { if (!callback) return -22; usbmuxd_event_t ev; ev.event = 1; ev.device = known; callback(&ev, user_data); return 0; }
int usbmuxd_connect(uint32_t handle, unsigned short port) { return handle == known.handle && port ? 3 : -19; }
