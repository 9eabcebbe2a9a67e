// expect: breaking
// why: cppkafka::Configuration::set returned Configuration & so calls could chain; v2 returns void. The mangled name
// why: does not encode the return type, so old binaries still bind to the symbol, then use whatever %rax holds as
// why: the reference for the next chained call.
// abidiff: 4 agree
//--- v1/configuration.h
#include <map>
#include <string>
namespace cppkafka {
class Configuration {
public:
    Configuration &set(const std::string &name, const std::string &value);
    std::string get(const std::string &name) const;
private:
    std::map<std::string, std::string> options_;
};
}
//--- v2/configuration.h
#include <map>
#include <string>
namespace cppkafka {
class Configuration {
public:
    void set(const std::string &name, const std::string &value);
    std::string get(const std::string &name) const;
private:
    std::map<std::string, std::string> options_;
};
}
//--- v1
#include "configuration.h"
namespace cppkafka {
Configuration &Configuration::set(const std::string &name, const std::string &value) { options_[name] = value; return *this; }
std::string Configuration::get(const std::string &name) const { auto it = options_.find(name); return it == options_.end() ? std::string() : it->second; }
}
//--- v2
#include "configuration.h"
namespace cppkafka {
void Configuration::set(const std::string &name, const std::string &value) { options_[name] = value; }
std::string Configuration::get(const std::string &name) const { auto it = options_.find(name); return it == options_.end() ? std::string() : it->second; }
}
