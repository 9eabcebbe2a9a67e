// expect: breaking
// why: Modules define ngx_module_t themselves (NGX_MODULE_V1 fills its head) and pass it to ngx_add_module. nginx
// why: 1.9.11 turned the head's spare0..spare3 into a char *name, two spares and, after version, a const char
// why: *signature: version moves from byte 48 to 40 and signature takes its old place, so the library reads an old
// why: module's spare3 (0) as its version and its version number 1 as a signature pointer it then compares.
// abidiff: 4 agree
//--- v1/ngx_module.h
#include <stdint.h>
typedef uintptr_t ngx_uint_t;
typedef intptr_t ngx_int_t;
typedef struct ngx_cycle_s ngx_cycle_t;
typedef struct ngx_module_s ngx_module_t;
struct ngx_module_s {
    ngx_uint_t ctx_index;
    ngx_uint_t index;
    ngx_uint_t spare0;
    ngx_uint_t spare1;
    ngx_uint_t spare2;
    ngx_uint_t spare3;
    ngx_uint_t version;
    void *ctx;
    void *commands;
    ngx_uint_t type;
    ngx_int_t (*init_module)(ngx_cycle_t *cycle);
    ngx_int_t (*init_process)(ngx_cycle_t *cycle);
    void (*exit_process)(ngx_cycle_t *cycle);
};
ngx_int_t ngx_add_module(ngx_cycle_t *cycle, ngx_module_t *module);
//--- v2/ngx_module.h
#include <stdint.h>
typedef uintptr_t ngx_uint_t;
typedef intptr_t ngx_int_t;
typedef struct ngx_cycle_s ngx_cycle_t;
typedef struct ngx_module_s ngx_module_t;
struct ngx_module_s {
    ngx_uint_t ctx_index;
    ngx_uint_t index;
    char *name;
    ngx_uint_t spare0;
    ngx_uint_t spare1;
    ngx_uint_t version;
    const char *signature;
    void *ctx;
    void *commands;
    ngx_uint_t type;
    ngx_int_t (*init_module)(ngx_cycle_t *cycle);
    ngx_int_t (*init_process)(ngx_cycle_t *cycle);
    void (*exit_process)(ngx_cycle_t *cycle);
};
ngx_int_t ngx_add_module(ngx_cycle_t *cycle, ngx_module_t *module);
//--- v1
#include "ngx_module.h"
static ngx_module_t *modules[64];
static ngx_uint_t nmodules;
ngx_int_t ngx_add_module(ngx_cycle_t *cycle, ngx_module_t *module) {
    if (module->version != 1) return -1;
    if (nmodules == 64) return -1;
    module->index = nmodules;
    modules[nmodules++] = module;
    return module->init_module ? module->init_module(cycle) : 0;
}
//--- v2
#include <string.h>
#include "ngx_module.h"
static ngx_module_t *modules[64];
static ngx_uint_t nmodules;
static const char ngx_module_signature[] = "8,4,8,0000111111010111001110101111000110";
ngx_int_t ngx_add_module(ngx_cycle_t *cycle, ngx_module_t *module) {
    if (module->version != 1011 || strcmp(module->signature, ngx_module_signature) != 0) return -1;
    if (nmodules == 64) return -1;
    module->index = nmodules;
    modules[nmodules++] = module;
    return module->init_module ? module->init_module(cycle) : 0;
}
