// expect: breaking
// why: nl::json is a value class with exported member functions (public); its type() returns the enum class
// why: value_t. v2 inserts binary before discarded (as nlohmann::json 3.8.0 did), so discarded goes from 8 to
// why: 9: a consumer compiled against v1 that tests j.type() == value_t::discarded compares with 8 and now
// why: misses every discarded value. A renumbered enumerator.
// abidiff: 4 agree
//--- v1/json.h
namespace nl {
enum class value_t : unsigned char { null, object, array, string, boolean, number_integer, number_unsigned, number_float, discarded };
class json {
public:
  static json parse(const char *text, bool allow_exceptions);
  value_t type() const;
  bool is_discarded() const;
private:
  value_t m_type = value_t::null;
  union { void *object; void *array; void *string; bool boolean; long number_integer; unsigned long number_unsigned; double number_float; } m_value = {};
};
}
//--- v2/json.h
namespace nl {
enum class value_t : unsigned char { null, object, array, string, boolean, number_integer, number_unsigned, number_float, binary, discarded };
class json {
public:
  static json parse(const char *text, bool allow_exceptions);
  value_t type() const;
  bool is_discarded() const;
private:
  value_t m_type = value_t::null;
  union { void *object; void *array; void *string; void *binary; bool boolean; long number_integer; unsigned long number_unsigned; double number_float; } m_value = {};
};
}
//--- v1
#include "json.h"
namespace nl {
json json::parse(const char *text, bool allow_exceptions) { json j; if (!text || !*text) { if (!allow_exceptions) j.m_type = value_t::discarded; } else j.m_type = value_t::string; return j; }
value_t json::type() const { return m_type; }
bool json::is_discarded() const { return m_type == value_t::discarded; }
}
//--- v2
#include "json.h"
namespace nl {
json json::parse(const char *text, bool allow_exceptions) { json j; if (!text || !*text) { if (!allow_exceptions) j.m_type = value_t::discarded; } else j.m_type = text[0] == 'b' ? value_t::binary : value_t::string; return j; }
value_t json::type() const { return m_type; }
bool json::is_discarded() const { return m_type == value_t::discarded; }
}
