// expect: none
// why: udev_device_get_devnum returned dev_t and udev_device_new_from_devnum took one; v2 spells the type unsigned
// why: long in both places. On x86-64 glibc dev_t is __dev_t, a typedef of unsigned long: the same type.
// abidiff: 0 agree
//--- v1/libudev.h
#include <sys/types.h>
struct udev; struct udev_device;
struct udev_device *udev_device_new_from_devnum(struct udev *udev, char type, dev_t devnum);
dev_t udev_device_get_devnum(struct udev_device *dev);
//--- v2/libudev.h
struct udev; struct udev_device;
struct udev_device *udev_device_new_from_devnum(struct udev *udev, char type, unsigned long devnum);
unsigned long udev_device_get_devnum(struct udev_device *dev);
//--- v1
#include <stdlib.h>
#include "libudev.h"
struct udev_device { struct udev *udev; char type; dev_t devnum; };
struct udev_device *udev_device_new_from_devnum(struct udev *udev, char type, dev_t devnum) { struct udev_device *d = calloc(1, sizeof *d); if (d) { d->udev = udev; d->type = type; d->devnum = devnum; } return d; }
dev_t udev_device_get_devnum(struct udev_device *dev) { return dev ? dev->devnum : 0; }
//--- v2
#include <stdlib.h>
#include "libudev.h"
struct udev_device { struct udev *udev; char type; unsigned long devnum; };
struct udev_device *udev_device_new_from_devnum(struct udev *udev, char type, unsigned long devnum) { struct udev_device *d = calloc(1, sizeof *d); if (d) { d->udev = udev; d->type = type; d->devnum = devnum; } return d; }
unsigned long udev_device_get_devnum(struct udev_device *dev) { return dev ? dev->devnum : 0; }
