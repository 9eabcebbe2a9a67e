// expect: info
// why: hid_error now returns const wchar_t * instead of wchar_t *: the same pointer in %rax under the same C
// why: symbol; callers that wrote through the returned string were already wrong, and only the API now says so.
// abidiff: 0 agree
//--- v1/hidapi.h
#include <stddef.h>
typedef struct hid_device_ hid_device;
hid_device *hid_open_path(const char *path);
int hid_read_timeout(hid_device *dev, unsigned char *data, size_t length, int milliseconds);
wchar_t *hid_error(hid_device *dev);
//--- v2/hidapi.h
#include <stddef.h>
typedef struct hid_device_ hid_device;
hid_device *hid_open_path(const char *path);
int hid_read_timeout(hid_device *dev, unsigned char *data, size_t length, int milliseconds);
const wchar_t *hid_error(hid_device *dev);
//--- v1
#include <stdlib.h>
#include "hidapi.h"
struct hid_device_ { int fd; wchar_t last_error[64]; };
hid_device *hid_open_path(const char *path) { hid_device *d = path ? calloc(1, sizeof *d) : NULL; if (d) d->fd = 3; return d; }
int hid_read_timeout(hid_device *dev, unsigned char *data, size_t length, int milliseconds) { if (!dev || !data) return -1; if (length) data[0] = 0; return milliseconds < 0 ? 0 : (int)(length > 0); }
wchar_t *hid_error(hid_device *dev) { static wchar_t none[] = L"Success"; return dev ? dev->last_error : none; }
//--- v2
#include <stdlib.h>
#include "hidapi.h"
struct hid_device_ { int fd; wchar_t last_error[64]; };
hid_device *hid_open_path(const char *path) { hid_device *d = path ? calloc(1, sizeof *d) : NULL; if (d) d->fd = 3; return d; }
int hid_read_timeout(hid_device *dev, unsigned char *data, size_t length, int milliseconds) { if (!dev || !data) return -1; if (length) data[0] = 0; return milliseconds < 0 ? 0 : (int)(length > 0); }
const wchar_t *hid_error(hid_device *dev) { return dev ? dev->last_error : L"Success"; }
