// expect: info
// why: toml::source_position (two uint32_t, 8 bytes, returned in %rax) is returned by value from position_of;
// why: v2 renames the struct source_pos and keeps using source_position = source_pos. The symbol is the same
// why: (a result type is not mangled), the layout and register class are the same, and sources naming
// why: source_position still compile: a renamed struct of the same layout, worth a line (as in 87).
// abidiff: 4 disagree: abidiff reports the return type's name changed; layout, classification and symbol are the same.
//--- v1/toml.h
#include <cstdint>
#include <cstddef>
namespace toml {
struct source_position { std::uint32_t line; std::uint32_t column; };
source_position position_of(const char *doc, std::size_t offset);
}
//--- v2/toml.h
#include <cstdint>
#include <cstddef>
namespace toml {
struct source_pos { std::uint32_t line; std::uint32_t column; };
using source_position = source_pos;
source_position position_of(const char *doc, std::size_t offset);
}
//--- v1
#include "toml.h"
namespace toml {
source_position position_of(const char *doc, std::size_t offset) { source_position p{1, 1}; for (std::size_t i = 0; i < offset && doc[i]; i++) { if (doc[i] == '\n') { p.line++; p.column = 1; } else p.column++; } return p; }
}
//--- v2
#include "toml.h"
namespace toml {
source_position position_of(const char *doc, std::size_t offset) { source_position p{1, 1}; for (std::size_t i = 0; i < offset && doc[i]; i++) { if (doc[i] == '\n') { p.line++; p.column = 1; } else p.column++; } return p; }
}
