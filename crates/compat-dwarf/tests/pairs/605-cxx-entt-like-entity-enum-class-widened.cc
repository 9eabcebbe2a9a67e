// expect: breaking
// why: entt::entity is an enum class : std::uint32_t in v1 and : std::uint64_t in v2 (ENTT_ID_TYPE changed);
// why: registry::valid(entity) and registry::create() keep their mangled names (the enum's name is mangled, not
// why: its underlying type), but the entity is now passed and returned as 64 bits: old callers leave the upper
// why: half of %rsi undefined and keep only the lower half of the result. A value passed with another size.
// abidiff: 4 agree
//--- v1/registry.h
#include <cstdint>
#include <vector>
namespace entt {
enum class entity : std::uint32_t {};
class registry {
public:
  entity create();
  bool valid(entity e) const;
private:
  std::vector<entity> entities;
};
}
//--- v2/registry.h
#include <cstdint>
#include <vector>
namespace entt {
enum class entity : std::uint64_t {};
class registry {
public:
  entity create();
  bool valid(entity e) const;
private:
  std::vector<entity> entities;
};
}
//--- v1
#include "registry.h"
namespace entt {
entity registry::create() { entity e = static_cast<entity>(entities.size()); entities.push_back(e); return e; }
bool registry::valid(entity e) const { return static_cast<std::size_t>(e) < entities.size(); }
}
//--- v2
#include "registry.h"
namespace entt {
entity registry::create() { entity e = static_cast<entity>(entities.size()); entities.push_back(e); return e; }
bool registry::valid(entity e) const { return static_cast<std::size_t>(e) < entities.size(); }
}
