// expect: breaking
// why: struct wl_message arrays are built by consumers (wayland-scanner emits them into the client's own code)
// why: and reached through the caller-filled struct wl_interface passed to wl_proxy_marshal_flags; the library
// why: also exports wl_display_interface. v2 appends int since to wl_message: entries grow from 24 to 32 bytes,
// why: so the library indexes old consumers' message arrays at the wrong stride.
// abidiff: 4 agree
//--- v1/wayland-util.h
struct wl_message { const char *name; const char *signature; const struct wl_interface **types; };
struct wl_interface { const char *name; int version; int method_count; const struct wl_message *methods; int event_count; const struct wl_message *events; };
extern const struct wl_interface wl_display_interface;
const char *wl_interface_method_signature(const struct wl_interface *interface, unsigned opcode);
//--- v2/wayland-util.h
struct wl_message { const char *name; const char *signature; const struct wl_interface **types; int since; };
struct wl_interface { const char *name; int version; int method_count; const struct wl_message *methods; int event_count; const struct wl_message *events; };
extern const struct wl_interface wl_display_interface;
const char *wl_interface_method_signature(const struct wl_interface *interface, unsigned opcode);
//--- v1
#include "wayland-util.h"
static const struct wl_message display_requests[] = { { "sync", "n", 0 }, { "get_registry", "n", 0 } };
const struct wl_interface wl_display_interface = { "wl_display", 1, 2, display_requests, 0, 0 };
const char *wl_interface_method_signature(const struct wl_interface *interface, unsigned opcode) {
  return interface && opcode < (unsigned)interface->method_count ? interface->methods[opcode].signature : 0;
}
//--- v2
#include "wayland-util.h"
static const struct wl_message display_requests[] = { { "sync", "n", 0, 1 }, { "get_registry", "n", 0, 1 } };
const struct wl_interface wl_display_interface = { "wl_display", 1, 2, display_requests, 0, 0 };
const char *wl_interface_method_signature(const struct wl_interface *interface, unsigned opcode) {
  return interface && opcode < (unsigned)interface->method_count ? interface->methods[opcode].signature : 0;
}
