// expect: info
// why: v2 adds openmpt_module_ctl_set_boolean and openmpt_module_ctl_get_boolean (as libopenmpt 0.5 did) and
// why: changes nothing else: every v1 symbol and type is unchanged, so binaries are unaffected; the new
// why: functions are worth a line.
// abidiff: 4 disagree: abidiff reports the two added functions as an ABI change (exit 4); an addition breaks no binary built against v1.
//--- v1/libopenmpt.h
typedef struct openmpt_module openmpt_module;
openmpt_module *openmpt_module_create_from_memory(const void *data, unsigned long size);
int openmpt_module_ctl_set(openmpt_module *mod, const char *ctl, const char *value);
void openmpt_module_destroy(openmpt_module *mod);
//--- v2/libopenmpt.h
typedef struct openmpt_module openmpt_module;
openmpt_module *openmpt_module_create_from_memory(const void *data, unsigned long size);
int openmpt_module_ctl_set(openmpt_module *mod, const char *ctl, const char *value);
int openmpt_module_ctl_set_boolean(openmpt_module *mod, const char *ctl, int value);
int openmpt_module_ctl_get_boolean(openmpt_module *mod, const char *ctl);
void openmpt_module_destroy(openmpt_module *mod);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "libopenmpt.h"
struct openmpt_module { unsigned long size; int loop; };
openmpt_module *openmpt_module_create_from_memory(const void *data, unsigned long size) { openmpt_module *m = data ? calloc(1, sizeof *m) : 0; if (m) m->size = size; return m; }
int openmpt_module_ctl_set(openmpt_module *mod, const char *ctl, const char *value) { if (strcmp(ctl, "play.loop") == 0) { mod->loop = value[0] == '1'; return 1; } return 0; }
void openmpt_module_destroy(openmpt_module *mod) { free(mod); }
//--- v2
#include <stdlib.h>
#include <string.h>
#include "libopenmpt.h"
struct openmpt_module { unsigned long size; int loop; };
openmpt_module *openmpt_module_create_from_memory(const void *data, unsigned long size) { openmpt_module *m = data ? calloc(1, sizeof *m) : 0; if (m) m->size = size; return m; }
int openmpt_module_ctl_set(openmpt_module *mod, const char *ctl, const char *value) { if (strcmp(ctl, "play.loop") == 0) { mod->loop = value[0] == '1'; return 1; } return 0; }
int openmpt_module_ctl_set_boolean(openmpt_module *mod, const char *ctl, int value) { return openmpt_module_ctl_set(mod, ctl, value ? "1" : "0"); }
int openmpt_module_ctl_get_boolean(openmpt_module *mod, const char *ctl) { return strcmp(ctl, "play.loop") == 0 ? mod->loop : 0; }
void openmpt_module_destroy(openmpt_module *mod) { free(mod); }
