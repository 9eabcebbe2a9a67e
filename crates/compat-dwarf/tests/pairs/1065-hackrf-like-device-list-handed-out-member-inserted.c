// expect: warning
// why: hackrf_device_list_t is defined with its members in hackrf.h and only handed out: hackrf_device_list() allocates
// why: and fills it, hackrf_device_list_open and hackrf_device_list_free take the library's pointer back. v2 inserts
// why: usb_board_ids after serial_numbers, moving usb_device_index, devicecount and the rest by 8 bytes. Consumers
// why: that read list->devicecount themselves (the real tools do) break, but whether they may is for the public
// why: headers to say: a header type reached only through handed-out pointers is undecided.
// abidiff: 4 agree
//--- v1/hackrf.h
typedef struct hackrf_device hackrf_device;
typedef struct {
    char **serial_numbers;
    int *usb_device_index;
    int devicecount;
    void **usb_devices;
    int usb_devicecount;
} hackrf_device_list_t;
hackrf_device_list_t *hackrf_device_list(void);
int hackrf_device_list_open(hackrf_device_list_t *list, int idx, hackrf_device **device);
void hackrf_device_list_free(hackrf_device_list_t *list);
int hackrf_close(hackrf_device *device);
//--- v2/hackrf.h
enum hackrf_usb_board_id { USB_BOARD_ID_JAWBREAKER = 0x604B, USB_BOARD_ID_HACKRF_ONE = 0x6089, USB_BOARD_ID_RAD1O = 0xCC15, USB_BOARD_ID_INVALID = 0xFFFF };
typedef struct hackrf_device hackrf_device;
typedef struct {
    char **serial_numbers;
    enum hackrf_usb_board_id *usb_board_ids;
    int *usb_device_index;
    int devicecount;
    void **usb_devices;
    int usb_devicecount;
} hackrf_device_list_t;
hackrf_device_list_t *hackrf_device_list(void);
int hackrf_device_list_open(hackrf_device_list_t *list, int idx, hackrf_device **device);
void hackrf_device_list_free(hackrf_device_list_t *list);
int hackrf_close(hackrf_device *device);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "hackrf.h"
struct hackrf_device { void *usb_device; int index; };
hackrf_device_list_t *hackrf_device_list(void) {
    hackrf_device_list_t *l = calloc(1, sizeof *l);
    if (!l) return NULL;
    l->usb_devicecount = 1; l->devicecount = 1;
    l->usb_devices = calloc(1, sizeof(void *));
    l->serial_numbers = calloc(1, sizeof(char *)); l->serial_numbers[0] = strdup("0000000000000000457863dc2b5a1f13");
    l->usb_device_index = calloc(1, sizeof(int));
    return l;
}
int hackrf_device_list_open(hackrf_device_list_t *list, int idx, hackrf_device **device) {
    if (!list || idx < 0 || idx >= list->devicecount) return -2;
    hackrf_device *d = calloc(1, sizeof *d);
    d->index = list->usb_device_index[idx]; d->usb_device = list->usb_devices[d->index];
    *device = d;
    return 0;
}
void hackrf_device_list_free(hackrf_device_list_t *list) {
    for (int i = 0; i < list->devicecount; i++) free(list->serial_numbers[i]);
    free(list->serial_numbers); free(list->usb_device_index); free(list->usb_devices); free(list);
}
int hackrf_close(hackrf_device *device) { free(device); return 0; }
//--- v2
#include <stdlib.h>
#include <string.h>
#include "hackrf.h"
struct hackrf_device { void *usb_device; int index; };
hackrf_device_list_t *hackrf_device_list(void) {
    hackrf_device_list_t *l = calloc(1, sizeof *l);
    if (!l) return NULL;
    l->usb_devicecount = 1; l->devicecount = 1;
    l->usb_devices = calloc(1, sizeof(void *));
    l->serial_numbers = calloc(1, sizeof(char *)); l->serial_numbers[0] = strdup("0000000000000000457863dc2b5a1f13");
    l->usb_board_ids = calloc(1, sizeof(enum hackrf_usb_board_id)); l->usb_board_ids[0] = USB_BOARD_ID_HACKRF_ONE;
    l->usb_device_index = calloc(1, sizeof(int));
    return l;
}
int hackrf_device_list_open(hackrf_device_list_t *list, int idx, hackrf_device **device) {
    if (!list || idx < 0 || idx >= list->devicecount) return -2;
    hackrf_device *d = calloc(1, sizeof *d);
    d->index = list->usb_device_index[idx]; d->usb_device = list->usb_devices[d->index];
    *device = d;
    return 0;
}
void hackrf_device_list_free(hackrf_device_list_t *list) {
    for (int i = 0; i < list->devicecount; i++) free(list->serial_numbers[i]);
    free(list->serial_numbers); free(list->usb_board_ids); free(list->usb_device_index); free(list->usb_devices); free(list);
}
int hackrf_close(hackrf_device *device) { free(device); return 0; }
