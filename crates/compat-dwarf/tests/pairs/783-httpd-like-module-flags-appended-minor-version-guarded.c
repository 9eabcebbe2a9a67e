// expect: info
// why: An httpd module defines its own module record (STANDARD20_MODULE_STUFF fills version and minor_version with the
// why: MODULE_MAGIC_NUMBER it was built against) and hands it to ap_add_module. httpd 2.4 appended int flags and
// why: reads it only through ap_get_module_flags, which returns 0 when the module's minor_version predates the
// why: field: an old module's shorter record is never read past its end (the versioned-struct convention of 359).
// abidiff: 4 disagree: abidiff reports flags appended to struct module_struct; the library reads it only when the module's own minor_version says it has one.
//--- v1/http_config.h
#define MODULE_MAGIC_NUMBER_MAJOR 20120211
#define MODULE_MAGIC_NUMBER_MINOR 123
typedef struct module_struct module;
struct module_struct {
    int version;
    int minor_version;
    int module_index;
    const char *name;
    void *dynamic_load_handle;
    struct module_struct *next;
    unsigned long magic;
    void *(*create_dir_config)(void *p, char *dir);
    void *(*create_server_config)(void *p, void *s);
    void (*register_hooks)(void *p);
};
const char *ap_add_module(module *m, void *p);
//--- v2/http_config.h
#define MODULE_MAGIC_NUMBER_MAJOR 20120211
#define MODULE_MAGIC_NUMBER_MINOR 124
#define AP_MODULE_FLAGS_MMN_MINOR 124
#define AP_MODULE_FLAG_ALWAYS_MERGE 1
typedef struct module_struct module;
struct module_struct {
    int version;
    int minor_version;
    int module_index;
    const char *name;
    void *dynamic_load_handle;
    struct module_struct *next;
    unsigned long magic;
    void *(*create_dir_config)(void *p, char *dir);
    void *(*create_server_config)(void *p, void *s);
    void (*register_hooks)(void *p);
    int flags;
};
const char *ap_add_module(module *m, void *p);
int ap_get_module_flags(const module *m);
//--- v1
#include "http_config.h"
static module *top_module;
static int total_modules;
const char *ap_add_module(module *m, void *p) {
    if (m->version != MODULE_MAGIC_NUMBER_MAJOR) return "module built for another major version";
    if (m->next == 0) { m->next = top_module; top_module = m; }
    if (m->module_index < 0) m->module_index = total_modules++;
    if (m->register_hooks) m->register_hooks(p);
    return 0;
}
//--- v2
#include "http_config.h"
static module *top_module;
static int total_modules;
static int merge_always;
int ap_get_module_flags(const module *m) { return m->minor_version < AP_MODULE_FLAGS_MMN_MINOR ? 0 : m->flags; }
const char *ap_add_module(module *m, void *p) {
    if (m->version != MODULE_MAGIC_NUMBER_MAJOR) return "module built for another major version";
    if (m->next == 0) { m->next = top_module; top_module = m; }
    if (m->module_index < 0) m->module_index = total_modules++;
    if (ap_get_module_flags(m) & AP_MODULE_FLAG_ALWAYS_MERGE) merge_always++;
    if (m->register_hooks) m->register_hooks(p);
    return 0;
}
