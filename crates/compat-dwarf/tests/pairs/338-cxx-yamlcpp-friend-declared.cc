// expect: none
// why: YAML::Emitter declares class EmitterUtils a friend in v2; friendship is access control only: the class's
// why: members, layout, functions and symbols are the same, and consumers' code is unaffected.
// abidiff: 0 agree
//--- v1/emitter.h
#include <cstddef>
namespace YAML {
class Emitter {
public:
  Emitter();
  bool SetIndent(std::size_t n);
  std::size_t size() const { return m_size; }
private:
  std::size_t m_indent;
  std::size_t m_size;
  bool m_good;
};
}
//--- v2/emitter.h
#include <cstddef>
namespace YAML {
class EmitterUtils;
class Emitter {
  friend class EmitterUtils;
public:
  Emitter();
  bool SetIndent(std::size_t n);
  std::size_t size() const { return m_size; }
private:
  std::size_t m_indent;
  std::size_t m_size;
  bool m_good;
};
}
//--- lib.cc
#include "emitter.h"
namespace YAML {
Emitter::Emitter() : m_indent(2), m_size(0), m_good(true) {}
bool Emitter::SetIndent(std::size_t n) { if (n < 2 || n > 9) return false; m_indent = n; return m_good; }
}
