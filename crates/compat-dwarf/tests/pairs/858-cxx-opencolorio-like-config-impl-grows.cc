// expect: info
// why: OCIO::Config keeps its state behind Impl *m_impl; Impl is only forward-declared in OpenColorIO.h and defined in
// why: the library's source, and Config objects are only created by Config::Create and held through shared_ptr. v2
// why: adds the inactive color spaces and the processor cache to Impl: Config keeps its single pointer member and
// why: every exported symbol, so no consumer sees the growth (a source-only pimpl, as in 74).
// abidiff: 4 disagree: abidiff reports Config::Impl grown; Impl is defined only in the library's source, behind the pointer m_impl.
//--- OpenColorIO.h
#include <memory>
namespace OpenColorIO_v2_1 {
class Config;
typedef std::shared_ptr<const Config> ConstConfigRcPtr;
typedef std::shared_ptr<Config> ConfigRcPtr;
class Config {
public:
    static ConfigRcPtr Create();
    ~Config();
    int getNumColorSpaces() const;
    const char *getColorSpaceNameByIndex(int index) const;
    void addColorSpace(const char *name);
    Config(const Config &) = delete;
    Config &operator=(const Config &) = delete;
private:
    Config();
    class Impl;
    Impl *m_impl;
};
}
//--- v1
#include <string>
#include <vector>
#include "OpenColorIO.h"
namespace OpenColorIO_v2_1 {
class Config::Impl { public: std::vector<std::string> colorSpaces; std::string description; int majorVersion = 2; };
Config::Config() : m_impl(new Impl) {}
Config::~Config() { delete m_impl; }
ConfigRcPtr Config::Create() { return ConfigRcPtr(new Config()); }
int Config::getNumColorSpaces() const { return (int)m_impl->colorSpaces.size(); }
const char *Config::getColorSpaceNameByIndex(int index) const { if (index < 0 || index >= getNumColorSpaces()) return ""; return m_impl->colorSpaces[(size_t)index].c_str(); }
void Config::addColorSpace(const char *name) { if (name && *name) m_impl->colorSpaces.emplace_back(name); }
}
//--- v2
#include <map>
#include <string>
#include <vector>
#include "OpenColorIO.h"
namespace OpenColorIO_v2_1 {
class Config::Impl { public: std::vector<std::string> colorSpaces; std::vector<std::string> inactiveColorSpaces; std::string description; int majorVersion = 2; int minorVersion = 1; std::map<std::string, int> processorCache; };
Config::Config() : m_impl(new Impl) {}
Config::~Config() { delete m_impl; }
ConfigRcPtr Config::Create() { return ConfigRcPtr(new Config()); }
int Config::getNumColorSpaces() const { return (int)m_impl->colorSpaces.size(); }
const char *Config::getColorSpaceNameByIndex(int index) const { if (index < 0 || index >= getNumColorSpaces()) return ""; return m_impl->colorSpaces[(size_t)index].c_str(); }
void Config::addColorSpace(const char *name) { if (name && *name) { m_impl->colorSpaces.emplace_back(name); m_impl->processorCache.clear(); } }
}
