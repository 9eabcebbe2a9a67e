// expect: breaking
// why: struct libinput_interface is a callback table the caller fills and passes to libinput_udev_create_context.
// why: v2 changes close_restricted from returning void to returning int and checks the result: old consumers'
// why: callbacks never set %eax, so the library acts on whatever the register holds (the reverse of 123, where
// why: the caller, not the library, would ignore the new result).
// abidiff: 4 agree
//--- v1/libinput.h
struct libinput;
struct libinput_interface {
  int (*open_restricted)(const char *path, int flags, void *user_data);
  void (*close_restricted)(int fd, void *user_data);
};
struct libinput *libinput_udev_create_context(const struct libinput_interface *interface, void *user_data);
int libinput_path_remove_device(struct libinput *li, int fd);
//--- v2/libinput.h
struct libinput;
struct libinput_interface {
  int (*open_restricted)(const char *path, int flags, void *user_data);
  int (*close_restricted)(int fd, void *user_data);
};
struct libinput *libinput_udev_create_context(const struct libinput_interface *interface, void *user_data);
int libinput_path_remove_device(struct libinput *li, int fd);
//--- v1
#include <stdlib.h>
#include "libinput.h"
struct libinput { const struct libinput_interface *iface; void *user_data; int errors; };
struct libinput *libinput_udev_create_context(const struct libinput_interface *interface, void *user_data) {
  struct libinput *li = interface ? calloc(1, sizeof *li) : NULL;
  if (li) { li->iface = interface; li->user_data = user_data; }
  return li;
}
int libinput_path_remove_device(struct libinput *li, int fd) { if (!li) return -1; li->iface->close_restricted(fd, li->user_data); return 0; }
//--- v2
#include <stdlib.h>
#include "libinput.h"
struct libinput { const struct libinput_interface *iface; void *user_data; int errors; };
struct libinput *libinput_udev_create_context(const struct libinput_interface *interface, void *user_data) {
  struct libinput *li = interface ? calloc(1, sizeof *li) : NULL;
  if (li) { li->iface = interface; li->user_data = user_data; }
  return li;
}
int libinput_path_remove_device(struct libinput *li, int fd) { if (!li) return -1; if (li->iface->close_restricted(fd, li->user_data) < 0) { li->errors++; return -1; } return 0; }
