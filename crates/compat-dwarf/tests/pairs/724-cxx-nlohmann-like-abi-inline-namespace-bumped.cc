// expect: breaking
// why: the exported functions live in nlohmann's versioned inline namespace json_abi_v3_11_2; v2 bumps it to
// why: json_abi_v3_11_3. Source code still says nlohmann::to_cbor, but every mangled name changes, so old binaries'
// why: references to the v3_11_2 symbols are undefined.
// abidiff: 12 agree
//--- v1/json_fwd.h
#include <cstdint>
#include <string>
#include <vector>
namespace nlohmann {
inline namespace json_abi_v3_11_2 {
std::vector<std::uint8_t> to_cbor(const std::string &text);
bool accept(const std::string &text);
}
}
//--- v2/json_fwd.h
#include <cstdint>
#include <string>
#include <vector>
namespace nlohmann {
inline namespace json_abi_v3_11_3 {
std::vector<std::uint8_t> to_cbor(const std::string &text);
bool accept(const std::string &text);
}
}
//--- v1
#include "json_fwd.h"
namespace nlohmann {
inline namespace json_abi_v3_11_2 {
std::vector<std::uint8_t> to_cbor(const std::string &text) { std::vector<std::uint8_t> out; out.push_back(static_cast<std::uint8_t>(0x60 + (text.size() & 0x17))); out.insert(out.end(), text.begin(), text.end()); return out; }
bool accept(const std::string &text) { return !text.empty() && (text[0] == '{' || text[0] == '[' || text[0] == '"'); }
}
}
//--- v2
#include "json_fwd.h"
namespace nlohmann {
inline namespace json_abi_v3_11_3 {
std::vector<std::uint8_t> to_cbor(const std::string &text) { std::vector<std::uint8_t> out; out.push_back(static_cast<std::uint8_t>(0x60 + (text.size() & 0x17))); out.insert(out.end(), text.begin(), text.end()); return out; }
bool accept(const std::string &text) { return !text.empty() && (text[0] == '{' || text[0] == '[' || text[0] == '"'); }
}
}
