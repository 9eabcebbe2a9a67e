// expect: breaking
// why: MetricRegistry's private std::map<std::string, long> counters_ becomes a std::unordered_map: 48 bytes become
// why: 56, so the class grows from 56 to 64. Consumers create registries themselves through the exported
// why: constructor (on the stack or as members) and the library's constructor and methods now use 8 bytes past
// why: old consumers' objects.
// abidiff: 12 agree
//--- v1/registry.h
#include <map>
#include <string>
class MetricRegistry {
public:
  MetricRegistry();
  ~MetricRegistry();
  void increment(const std::string &name, long by);
  long value(const std::string &name) const;
private:
  std::map<std::string, long> counters_;
  long total_;
};
//--- v2/registry.h
#include <string>
#include <unordered_map>
class MetricRegistry {
public:
  MetricRegistry();
  ~MetricRegistry();
  void increment(const std::string &name, long by);
  long value(const std::string &name) const;
private:
  std::unordered_map<std::string, long> counters_;
  long total_;
};
//--- lib.cc
#include "registry.h"
MetricRegistry::MetricRegistry() : total_(0) {}
MetricRegistry::~MetricRegistry() {}
void MetricRegistry::increment(const std::string &name, long by) { counters_[name] += by; total_ += by; }
long MetricRegistry::value(const std::string &name) const { auto it = counters_.find(name); return it == counters_.end() ? 0 : it->second; }
