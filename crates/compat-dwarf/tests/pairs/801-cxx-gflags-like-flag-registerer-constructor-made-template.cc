// expect: breaking
// why: Every DEFINE_bool/DEFINE_int32 in a consumer expands to a static google::FlagRegisterer whose constructor runs
// why: at start-up. gflags 2.2 replaced FlagRegisterer(name, type, help, filename, void *, void *) by a constructor
// why: template over the flag type, explicitly instantiated for bool, int32 and double: the old untyped
// why: constructor's symbol is gone, so every old binary defining a flag fails to load.
// abidiff: 12 agree
//--- v1/gflags.h
#include <cstdint>
namespace google {
class FlagRegisterer {
public:
    FlagRegisterer(const char *name, const char *type, const char *help, const char *filename, void *current_storage, void *defvalue_storage);
};
const char *GetFlagType(const char *name);
}
//--- v2/gflags.h
#include <cstdint>
namespace google {
class FlagRegisterer {
public:
    template <typename FlagType>
    FlagRegisterer(const char *name, const char *help, const char *filename, FlagType *current_storage, FlagType *defvalue_storage);
};
extern template FlagRegisterer::FlagRegisterer(const char *, const char *, const char *, bool *, bool *);
extern template FlagRegisterer::FlagRegisterer(const char *, const char *, const char *, std::int32_t *, std::int32_t *);
extern template FlagRegisterer::FlagRegisterer(const char *, const char *, const char *, double *, double *);
const char *GetFlagType(const char *name);
}
//--- v1
#include <cstring>
#include "gflags.h"
namespace google {
namespace {
struct Flag { const char *name; const char *type; void *current; void *defvalue; };
Flag registry[64];
int nflags;
}
FlagRegisterer::FlagRegisterer(const char *name, const char *type, const char *help, const char *filename, void *current_storage, void *defvalue_storage) {
    (void)help; (void)filename;
    if (nflags < 64) registry[nflags++] = Flag{name, type, current_storage, defvalue_storage};
}
const char *GetFlagType(const char *name) { for (int i = 0; i < nflags; i++) if (std::strcmp(registry[i].name, name) == 0) return registry[i].type; return nullptr; }
}
//--- v2
#include <cstring>
#include "gflags.h"
namespace google {
namespace {
struct Flag { const char *name; const char *type; void *current; void *defvalue; };
Flag registry[64];
int nflags;
template <typename T> const char *type_name();
template <> const char *type_name<bool>() { return "bool"; }
template <> const char *type_name<std::int32_t>() { return "int32"; }
template <> const char *type_name<double>() { return "double"; }
}
template <typename FlagType>
FlagRegisterer::FlagRegisterer(const char *name, const char *help, const char *filename, FlagType *current_storage, FlagType *defvalue_storage) {
    (void)help; (void)filename;
    if (nflags < 64) registry[nflags++] = Flag{name, type_name<FlagType>(), current_storage, defvalue_storage};
}
template FlagRegisterer::FlagRegisterer(const char *, const char *, const char *, bool *, bool *);
template FlagRegisterer::FlagRegisterer(const char *, const char *, const char *, std::int32_t *, std::int32_t *);
template FlagRegisterer::FlagRegisterer(const char *, const char *, const char *, double *, double *);
const char *GetFlagType(const char *name) { for (int i = 0; i < nflags; i++) if (std::strcmp(registry[i].name, name) == 0) return registry[i].type; return nullptr; }
}
