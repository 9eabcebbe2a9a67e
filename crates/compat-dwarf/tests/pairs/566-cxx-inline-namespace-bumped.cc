// expect: breaking
// why: All of json's API lives in the inline namespace json::v3; v2 moves it to json::v4 (sources still write
// why: json::parse). Every mangled name changes (_ZN4json2v35parseEPKc becomes _ZN4json2v45parseEPKc), so old binaries
// why: find none of the symbols they bound.
// abidiff: 12 agree
//--- v1/json.h
namespace json {
inline namespace v3 {
struct Value { int kind; double number; };
Value parse(const char *text);
}
}
//--- v2/json.h
namespace json {
inline namespace v4 {
struct Value { int kind; double number; };
Value parse(const char *text);
}
}
//--- v1
#include <cstdlib>
#include "json.h"
namespace json {
inline namespace v3 {
Value parse(const char *text) { char *end; double d = std::strtod(text, &end); return end == text ? Value{0, 0} : Value{1, d}; }
}
}
//--- v2
#include <cstdlib>
#include "json.h"
namespace json {
inline namespace v4 {
Value parse(const char *text) { char *end; double d = std::strtod(text, &end); return end == text ? Value{0, 0} : Value{1, d}; }
}
}
