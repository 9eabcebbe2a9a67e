// expect: breaking
// why: usbmuxd_device_info_t is allocated by callers and filled by usbmuxd_get_device_by_udid, and the library passes
// why: one inside the usbmuxd_event_t it hands to the caller's callback. libusbmuxd 2.0 widens udid from 41 to 44
// why: characters (the 40-hex and 25-character UDIDs) and appends conn_type and a 200-byte conn_data: the struct grows
// why: from 52 to 256 bytes, so v2 writes far past an old caller's object.
// abidiff: 4 agree
//--- v1/usbmuxd.h
#include <stdint.h>
typedef struct { uint32_t handle; int product_id; char udid[41]; } usbmuxd_device_info_t;
typedef struct { int event; usbmuxd_device_info_t device; } usbmuxd_event_t;
typedef void (*usbmuxd_event_cb_t)(const usbmuxd_event_t *event, void *user_data);
int usbmuxd_events_subscribe(usbmuxd_event_cb_t callback, void *user_data);
int usbmuxd_get_device_by_udid(const char *udid, usbmuxd_device_info_t *device);
//--- v2/usbmuxd.h
#include <stdint.h>
enum usbmux_connection_type { CONNECTION_TYPE_USB = 1, CONNECTION_TYPE_NETWORK };
typedef struct { uint32_t handle; uint32_t product_id; char udid[44]; enum usbmux_connection_type conn_type; char conn_data[200]; } usbmuxd_device_info_t;
typedef struct { int event; usbmuxd_device_info_t device; } usbmuxd_event_t;
typedef void (*usbmuxd_event_cb_t)(const usbmuxd_event_t *event, void *user_data);
int usbmuxd_events_subscribe(usbmuxd_event_cb_t callback, void *user_data);
int usbmuxd_get_device_by_udid(const char *udid, usbmuxd_device_info_t *device);
//--- v1
#include <string.h>
#include "usbmuxd.h"
static usbmuxd_device_info_t known = { 7, 0x12a8, "00008030-001A2D3C0E88802E" };
int usbmuxd_events_subscribe(usbmuxd_event_cb_t callback, void *user_data) { if (!callback) return -22; usbmuxd_event_t ev; ev.event = 1; ev.device = known; callback(&ev, user_data); return 0; }
int usbmuxd_get_device_by_udid(const char *udid, usbmuxd_device_info_t *device) { if (udid && strcmp(udid, known.udid) != 0) return 0; *device = known; return 1; }
//--- v2
#include <string.h>
#include "usbmuxd.h"
static usbmuxd_device_info_t known = { 7, 0x12a8, "00008030-001A2D3C0E88802E", CONNECTION_TYPE_USB, { 0 } };
int usbmuxd_events_subscribe(usbmuxd_event_cb_t callback, void *user_data) { if (!callback) return -22; usbmuxd_event_t ev; ev.event = 1; ev.device = known; callback(&ev, user_data); return 0; }
int usbmuxd_get_device_by_udid(const char *udid, usbmuxd_device_info_t *device) { if (udid && strcmp(udid, known.udid) != 0) return 0; *device = known; return 1; }
