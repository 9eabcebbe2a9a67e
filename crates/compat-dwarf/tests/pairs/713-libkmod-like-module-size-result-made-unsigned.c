// expect: warning
// why: kmod_module_get_size returned long, -errno on failure; v2 returns unsigned long. The value still comes back in
// why: %rax, but old callers that test the result for < 0 on error keep compiling the signed test while the library
// why: now means the value as unsigned: a same-size signedness change of a result.
// abidiff: 4 agree
//--- v1/libkmod.h
struct kmod_module;
struct kmod_module *kmod_module_new_from_name(const char *name);
long kmod_module_get_size(const struct kmod_module *mod);
//--- v2/libkmod.h
struct kmod_module;
struct kmod_module *kmod_module_new_from_name(const char *name);
unsigned long kmod_module_get_size(const struct kmod_module *mod);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "libkmod.h"
struct kmod_module { char name[64]; long size; };
struct kmod_module *kmod_module_new_from_name(const char *name) { struct kmod_module *m = calloc(1, sizeof *m); if (m && name) { strncpy(m->name, name, 63); m->size = (long)strlen(name) * 4096; } return m; }
long kmod_module_get_size(const struct kmod_module *mod) { return mod ? mod->size : -2; }
//--- v2
#include <stdlib.h>
#include <string.h>
#include "libkmod.h"
struct kmod_module { char name[64]; unsigned long size; };
struct kmod_module *kmod_module_new_from_name(const char *name) { struct kmod_module *m = calloc(1, sizeof *m); if (m && name) { strncpy(m->name, name, 63); m->size = strlen(name) * 4096; } return m; }
unsigned long kmod_module_get_size(const struct kmod_module *mod) { return mod ? mod->size : 0; }
