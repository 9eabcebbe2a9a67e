// expect: breaking
// why: YAML::Emitter's exported setters SetIndent and SetFloatPrecision take std::size_t instead of unsigned in v2.
// why: The parameter type is part of the mangled name: _ZN4YAML7Emitter9SetIndentEj becomes
// why: _ZN4YAML7Emitter9SetIndentEm (and SetFloatPrecision likewise), so binaries built against v1 fail to bind
// why: the symbols they call.
// abidiff: 12 agree
//--- v1/emitter.h
#include <cstddef>
#include <string>
namespace YAML {
class Emitter {
public:
    Emitter();
    ~Emitter();
    bool SetIndent(unsigned n);
    bool SetFloatPrecision(unsigned n);
    Emitter &Write(const std::string &str);
    const char *c_str() const;
    std::size_t size() const;
private:
    struct State;
    State *m_pState;
};
}
//--- v2/emitter.h
#include <cstddef>
#include <string>
namespace YAML {
class Emitter {
public:
    Emitter();
    ~Emitter();
    bool SetIndent(std::size_t n);
    bool SetFloatPrecision(std::size_t n);
    Emitter &Write(const std::string &str);
    const char *c_str() const;
    std::size_t size() const;
private:
    struct State;
    State *m_pState;
};
}
//--- v1
#include "emitter.h"
namespace YAML {
struct Emitter::State { std::string out; unsigned indent = 2; unsigned precision = 17; };
Emitter::Emitter() : m_pState(new State) {}
Emitter::~Emitter() { delete m_pState; }
bool Emitter::SetIndent(unsigned n) { if (n < 2 || n > 9) return false; m_pState->indent = n; return true; }
bool Emitter::SetFloatPrecision(unsigned n) { if (n > 17) return false; m_pState->precision = n; return true; }
Emitter &Emitter::Write(const std::string &str) { m_pState->out.append(m_pState->indent, ' ').append(str).push_back('\n'); return *this; }
const char *Emitter::c_str() const { return m_pState->out.c_str(); }
std::size_t Emitter::size() const { return m_pState->out.size(); }
}
//--- v2
#include "emitter.h"
namespace YAML {
struct Emitter::State { std::string out; std::size_t indent = 2; std::size_t precision = 17; };
Emitter::Emitter() : m_pState(new State) {}
Emitter::~Emitter() { delete m_pState; }
bool Emitter::SetIndent(std::size_t n) { if (n < 2 || n > 9) return false; m_pState->indent = n; return true; }
bool Emitter::SetFloatPrecision(std::size_t n) { if (n > 17) return false; m_pState->precision = n; return true; }
Emitter &Emitter::Write(const std::string &str) { m_pState->out.append(m_pState->indent, ' ').append(str).push_back('\n'); return *this; }
const char *Emitter::c_str() const { return m_pState->out.c_str(); }
std::size_t Emitter::size() const { return m_pState->out.size(); }
}
