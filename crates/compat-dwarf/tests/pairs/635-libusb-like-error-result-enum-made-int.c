// expect: info
// why: libusb_claim returns enum libusb_error in v1 and int in v2. The enum has negative enumerators, so its
// why: underlying type is int: the same size and signedness in %eax, so callers are unaffected; the declared
// why: type changed, an API change worth a line (an enum and its own underlying type, as in 16).
// abidiff: 0 agree
//--- v1/libusb.h
enum libusb_error { LIBUSB_SUCCESS = 0, LIBUSB_ERROR_IO = -1, LIBUSB_ERROR_INVALID_PARAM = -2, LIBUSB_ERROR_BUSY = -6 };
typedef struct libusb_device_handle libusb_device_handle;
enum libusb_error libusb_claim(libusb_device_handle *h, int iface);
//--- v2/libusb.h
enum libusb_error { LIBUSB_SUCCESS = 0, LIBUSB_ERROR_IO = -1, LIBUSB_ERROR_INVALID_PARAM = -2, LIBUSB_ERROR_BUSY = -6 };
typedef struct libusb_device_handle libusb_device_handle;
int libusb_claim(libusb_device_handle *h, int iface);
//--- v1
#include "libusb.h"
enum libusb_error libusb_claim(libusb_device_handle *h, int iface) { return h == 0 ? LIBUSB_ERROR_INVALID_PARAM : iface > 3 ? LIBUSB_ERROR_BUSY : LIBUSB_SUCCESS; }
//--- v2
#include "libusb.h"
int libusb_claim(libusb_device_handle *h, int iface) { return h == 0 ? LIBUSB_ERROR_INVALID_PARAM : iface > 3 ? LIBUSB_ERROR_BUSY : LIBUSB_SUCCESS; }
