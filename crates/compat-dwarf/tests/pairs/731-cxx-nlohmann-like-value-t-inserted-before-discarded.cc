// expect: breaking
// why: nlohmann::detail::value_t (enum class : std::uint8_t) is returned by type_of; v2 inserts binary before
// why: discarded, as 3.8.0 did, so discarded goes from 8 to 9: an old binary testing for value_t::discarded now
// why: matches nothing, and the library's 8 now means binary to it.
// abidiff: 4 agree
//--- v1/value_t.h
#include <cstdint>
namespace nlohmann { namespace detail {
enum class value_t : std::uint8_t { null, object, array, string, boolean, number_integer, number_unsigned, number_float, discarded };
value_t type_of(const char *text);
const char *type_name(value_t t);
} }
//--- v2/value_t.h
#include <cstdint>
namespace nlohmann { namespace detail {
enum class value_t : std::uint8_t { null, object, array, string, boolean, number_integer, number_unsigned, number_float, binary, discarded };
value_t type_of(const char *text);
const char *type_name(value_t t);
} }
//--- v1
#include "value_t.h"
namespace nlohmann { namespace detail {
value_t type_of(const char *t) { if (!t || !*t) return value_t::discarded; switch (*t) { case '{': return value_t::object; case '[': return value_t::array; case '"': return value_t::string; case 'n': return value_t::null; case 't': case 'f': return value_t::boolean; default: return value_t::number_float; } }
const char *type_name(value_t t) { static const char *n[] = { "null", "object", "array", "string", "boolean", "number", "number", "number", "discarded" }; return n[static_cast<int>(t)]; }
} }
//--- v2
#include "value_t.h"
namespace nlohmann { namespace detail {
value_t type_of(const char *t) { if (!t || !*t) return value_t::discarded; switch (*t) { case '{': return value_t::object; case '[': return value_t::array; case '"': return value_t::string; case 'n': return value_t::null; case 't': case 'f': return value_t::boolean; case 'b': return value_t::binary; default: return value_t::number_float; } }
const char *type_name(value_t t) { static const char *n[] = { "null", "object", "array", "string", "boolean", "number", "number", "number", "binary", "discarded" }; return n[static_cast<int>(t)]; }
} }
