// expect: breaking
// why: struct libusb_device_descriptor is allocated by the caller and filled by libusb_get_device_descriptor
// why: (an out-parameter; nothing hands one out). v2 appends uint16_t bcdUSB3 and the library writes it: the
// why: struct grows from 18 to 20 bytes, so the library writes past old callers' stack objects.
// abidiff: 4 agree
//--- v1/libusb.h
#include <stdint.h>
struct libusb_device_descriptor { uint8_t bLength; uint8_t bDescriptorType; uint16_t bcdUSB; uint8_t bDeviceClass; uint8_t bDeviceSubClass; uint8_t bDeviceProtocol; uint8_t bMaxPacketSize0; uint16_t idVendor; uint16_t idProduct; uint16_t bcdDevice; uint8_t iManufacturer; uint8_t iProduct; uint8_t iSerialNumber; uint8_t bNumConfigurations; };
typedef struct libusb_device libusb_device;
int libusb_get_device_descriptor(libusb_device *dev, struct libusb_device_descriptor *desc);
//--- v2/libusb.h
#include <stdint.h>
struct libusb_device_descriptor { uint8_t bLength; uint8_t bDescriptorType; uint16_t bcdUSB; uint8_t bDeviceClass; uint8_t bDeviceSubClass; uint8_t bDeviceProtocol; uint8_t bMaxPacketSize0; uint16_t idVendor; uint16_t idProduct; uint16_t bcdDevice; uint8_t iManufacturer; uint8_t iProduct; uint8_t iSerialNumber; uint8_t bNumConfigurations; uint16_t bcdUSB3; };
typedef struct libusb_device libusb_device;
int libusb_get_device_descriptor(libusb_device *dev, struct libusb_device_descriptor *desc);
//--- v1
#include <string.h>
#include "libusb.h"
struct libusb_device { struct libusb_device_descriptor desc; int bus; };
int libusb_get_device_descriptor(libusb_device *dev, struct libusb_device_descriptor *desc) { if (!dev || !desc) return -2; memcpy(desc, &dev->desc, sizeof *desc); return 0; }
//--- v2
#include <string.h>
#include "libusb.h"
struct libusb_device { struct libusb_device_descriptor desc; int bus; };
int libusb_get_device_descriptor(libusb_device *dev, struct libusb_device_descriptor *desc) { if (!dev || !desc) return -2; memcpy(desc, &dev->desc, sizeof *desc); desc->bcdUSB3 = dev->desc.bcdUSB >= 0x300 ? dev->desc.bcdUSB : 0; return 0; }
