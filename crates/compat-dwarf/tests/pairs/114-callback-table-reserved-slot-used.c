// expect: info
// why: struct plugin_ops, a callback table callers fill and register, replaces reserved[0] by a reload
// why: callback in place: a pointer of the same size at byte 16; the table keeps 32 bytes and init/fini keep
// why: their slots; old plugins that zeroed reserved have reload == NULL, which the library checks.
// abidiff: 4 disagree: abidiff reports reload inserted and reserved shrunk and moved; reload takes reserved[0]'s 8 bytes at byte 16, so the table's size and the slots of init and fini are unchanged (as in 32).
//--- v1/plugin.h
struct plugin_ops { int (*init)(void *ctx); void (*fini)(void *ctx); void *reserved[2]; };
int plugin_register(const char *name, const struct plugin_ops *ops);
//--- v2/plugin.h
struct plugin_ops { int (*init)(void *ctx); void (*fini)(void *ctx); int (*reload)(void *ctx); void *reserved[1]; };
int plugin_register(const char *name, const struct plugin_ops *ops);
//--- v1
#include "plugin.h"
static const struct plugin_ops *reg;
int plugin_register(const char *name, const struct plugin_ops *ops) { reg = ops; return name && reg->init ? reg->init(0) : -1; }
//--- v2
#include "plugin.h"
static const struct plugin_ops *reg;
int plugin_register(const char *name, const struct plugin_ops *ops) { reg = ops; if (reg->reload) reg->reload(0); return name && reg->init ? reg->init(0) : -1; }
