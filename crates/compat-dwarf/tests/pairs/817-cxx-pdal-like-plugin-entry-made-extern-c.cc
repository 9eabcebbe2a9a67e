// expect: breaking
// why: v2 declares the plugin entry points PF_initPlugin and PF_exitPlugin inside extern "C" (so dlsym can find
// why: them by plain name), keeping their signatures. Their symbols change from _ZN4pdal13PF_initPluginEv and
// why: _ZN4pdal13PF_exitPluginEv to PF_initPlugin and PF_exitPlugin: hosts linked against v1 no longer find the
// why: mangled names they were bound to.
// abidiff: 12 agree
//--- v1/StagePlugin.hpp
namespace pdal {
struct PluginInfo { const char *name; const char *description; const char *link; };
int PF_initPlugin();
int PF_exitPlugin();
const PluginInfo *plugin_info();
}
//--- v2/StagePlugin.hpp
namespace pdal {
struct PluginInfo { const char *name; const char *description; const char *link; };
extern "C" int PF_initPlugin();
extern "C" int PF_exitPlugin();
const PluginInfo *plugin_info();
}
//--- v1
#include "StagePlugin.hpp"
namespace pdal {
static const PluginInfo s_info = { "readers.example", "Example reader", "https://pdal.io/stages/readers.example.html" };
static int s_loaded;
int PF_initPlugin() { return s_loaded++ == 0 ? 0 : 1; }
int PF_exitPlugin() { return s_loaded > 0 ? (--s_loaded, 0) : -1; }
const PluginInfo *plugin_info() { return s_loaded ? &s_info : nullptr; }
}
//--- v2
#include "StagePlugin.hpp"
namespace pdal {
static const PluginInfo s_info = { "readers.example", "Example reader", "https://pdal.io/stages/readers.example.html" };
static int s_loaded;
extern "C" int PF_initPlugin() { return s_loaded++ == 0 ? 0 : 1; }
extern "C" int PF_exitPlugin() { return s_loaded > 0 ? (--s_loaded, 0) : -1; }
const PluginInfo *plugin_info() { return s_loaded ? &s_info : nullptr; }
}
