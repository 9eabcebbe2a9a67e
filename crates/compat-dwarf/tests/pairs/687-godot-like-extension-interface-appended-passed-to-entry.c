// expect: warning
// why: GDExtensionInterface is declared with its members in the public header; the library fills one and hands a
// why: pointer to it to each extension's entry function (a callback consumers write), and never takes one from
// why: them. v2 appends print_error: harmless for extensions that only call through the old members, breaking for
// why: any that copy the table by value, and only the headers' documentation tells: an undecided type (as in 54).
// abidiff: 4 agree
//--- v1/gdextension_interface.h
#include <stddef.h>
#include <stdint.h>
typedef struct { uint32_t major; uint32_t minor; uint32_t patch; const char *string; } GDExtensionGodotVersion;
typedef struct { void (*get_godot_version)(GDExtensionGodotVersion *r_version); void *(*mem_alloc)(size_t bytes); void (*mem_free)(void *ptr); } GDExtensionInterface;
typedef int (*GDExtensionInitializationFunction)(const GDExtensionInterface *p_interface, void *p_library);
int gdextension_load(const char *path, GDExtensionInitializationFunction entry);
//--- v2/gdextension_interface.h
#include <stddef.h>
#include <stdint.h>
typedef struct { uint32_t major; uint32_t minor; uint32_t patch; const char *string; } GDExtensionGodotVersion;
typedef struct { void (*get_godot_version)(GDExtensionGodotVersion *r_version); void *(*mem_alloc)(size_t bytes); void (*mem_free)(void *ptr); void (*print_error)(const char *description, const char *function, int line); } GDExtensionInterface;
typedef int (*GDExtensionInitializationFunction)(const GDExtensionInterface *p_interface, void *p_library);
int gdextension_load(const char *path, GDExtensionInitializationFunction entry);
//--- v1
#include <stdlib.h>
#include "gdextension_interface.h"
static void get_version(GDExtensionGodotVersion *v) { v->major = 4; v->minor = 0; v->patch = 0; v->string = "4.0"; }
static const GDExtensionInterface iface = { get_version, malloc, free };
int gdextension_load(const char *path, GDExtensionInitializationFunction entry) { if (!path || !entry) return -1; return entry(&iface, (void *)path); }
//--- v2
#include <stdio.h>
#include <stdlib.h>
#include "gdextension_interface.h"
static void get_version(GDExtensionGodotVersion *v) { v->major = 4; v->minor = 1; v->patch = 0; v->string = "4.1"; }
static void print_error(const char *d, const char *f, int line) { fprintf(stderr, "%s (%s:%d)\n", d, f, line); }
static const GDExtensionInterface iface = { get_version, malloc, free, print_error };
int gdextension_load(const char *path, GDExtensionInitializationFunction entry) { if (!path || !entry) return -1; return entry(&iface, (void *)path); }
