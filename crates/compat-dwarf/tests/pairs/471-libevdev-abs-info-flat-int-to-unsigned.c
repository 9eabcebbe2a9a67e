// expect: warning
// why: struct input_absinfo is caller-allocated (libevdev_set_abs_info(dev, code, &abs) copies it in, and
// why: libevdev_fetch_abs_info(dev, code, &abs) fills the caller's copy). v2 makes flat and fuzz unsigned: same size
// why: and offsets, so the layout holds, but a negative value an old caller stored (fuzz = -1 meaning "keep") now
// why: reads as 4294967295: a semantic risk, not a layout break.
// abidiff: 4 agree
//--- v1/evdev.h
#include <stdint.h>
struct libevdev;
struct input_absinfo { int32_t value; int32_t minimum; int32_t maximum; int32_t fuzz; int32_t flat; int32_t resolution; };
struct libevdev *libevdev_new(void);
void libevdev_free(struct libevdev *dev);
int libevdev_set_abs_info(struct libevdev *dev, unsigned int code, const struct input_absinfo *abs);
int libevdev_fetch_abs_info(const struct libevdev *dev, unsigned int code, struct input_absinfo *abs);
//--- v2/evdev.h
#include <stdint.h>
struct libevdev;
struct input_absinfo { int32_t value; int32_t minimum; int32_t maximum; uint32_t fuzz; uint32_t flat; int32_t resolution; };
struct libevdev *libevdev_new(void);
void libevdev_free(struct libevdev *dev);
int libevdev_set_abs_info(struct libevdev *dev, unsigned int code, const struct input_absinfo *abs);
int libevdev_fetch_abs_info(const struct libevdev *dev, unsigned int code, struct input_absinfo *abs);
//--- v1
#include <stdlib.h>
#include "evdev.h"
struct libevdev { struct input_absinfo abs[64]; int fd; };
struct libevdev *libevdev_new(void) { struct libevdev *d = calloc(1, sizeof *d); if (d) d->fd = -1; return d; }
void libevdev_free(struct libevdev *dev) { free(dev); }
int libevdev_set_abs_info(struct libevdev *dev, unsigned int code, const struct input_absinfo *abs) {
  if (code >= 64) return -1;
  struct input_absinfo a = *abs;
  if (a.fuzz < 0) a.fuzz = dev->abs[code].fuzz;
  dev->abs[code] = a;
  return 0;
}
int libevdev_fetch_abs_info(const struct libevdev *dev, unsigned int code, struct input_absinfo *abs) {
  if (code >= 64) return -1;
  *abs = dev->abs[code];
  return 0;
}
//--- v2
#include <stdlib.h>
#include "evdev.h"
struct libevdev { struct input_absinfo abs[64]; int fd; };
struct libevdev *libevdev_new(void) { struct libevdev *d = calloc(1, sizeof *d); if (d) d->fd = -1; return d; }
void libevdev_free(struct libevdev *dev) { free(dev); }
int libevdev_set_abs_info(struct libevdev *dev, unsigned int code, const struct input_absinfo *abs) {
  if (code >= 64) return -1;
  dev->abs[code] = *abs;
  return 0;
}
int libevdev_fetch_abs_info(const struct libevdev *dev, unsigned int code, struct input_absinfo *abs) {
  if (code >= 64) return -1;
  *abs = dev->abs[code];
  return 0;
}
