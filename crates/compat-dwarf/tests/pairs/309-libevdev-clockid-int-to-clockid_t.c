// expect: none
// why: libevdev_set_clock_id's clockid parameter is respelled from int to clockid_t, which glibc defines as int
// why: (through __clockid_t): the same type, so the function and its callers are unchanged.
// abidiff: 0 agree
//--- v1/libevdev.h
struct libevdev;
struct libevdev *libevdev_new(void);
int libevdev_set_clock_id(struct libevdev *dev, int clockid);
int libevdev_get_clock_id(const struct libevdev *dev);
//--- v2/libevdev.h
#include <time.h>
struct libevdev;
struct libevdev *libevdev_new(void);
int libevdev_set_clock_id(struct libevdev *dev, clockid_t clockid);
int libevdev_get_clock_id(const struct libevdev *dev);
//--- v1
#include <stdlib.h>
#include "libevdev.h"
struct libevdev { int fd; int clock; };
struct libevdev *libevdev_new(void) { struct libevdev *d = calloc(1, sizeof *d); if (d) d->fd = -1; return d; }
int libevdev_set_clock_id(struct libevdev *dev, int clockid) { if (!dev) return -1; dev->clock = clockid; return 0; }
int libevdev_get_clock_id(const struct libevdev *dev) { return dev ? dev->clock : -1; }
//--- v2
#include <stdlib.h>
#include "libevdev.h"
struct libevdev { int fd; int clock; };
struct libevdev *libevdev_new(void) { struct libevdev *d = calloc(1, sizeof *d); if (d) d->fd = -1; return d; }
int libevdev_set_clock_id(struct libevdev *dev, clockid_t clockid) { if (!dev) return -1; dev->clock = clockid; return 0; }
int libevdev_get_clock_id(const struct libevdev *dev) { return dev ? dev->clock : -1; }
