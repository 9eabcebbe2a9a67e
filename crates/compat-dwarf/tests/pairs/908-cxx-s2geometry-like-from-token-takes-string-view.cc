// expect: breaking
// why: S2CellId::FromToken had two overloads, (const char *token, size_t length) and (const std::string &token);
// why: s2geometry replaces both with one taking absl::string_view (an alias of std::string_view in C++17 builds). The
// why: two old mangled names are gone and the new one has another, so consumers built against v1 that parse tokens no
// why: longer resolve their calls.
// abidiff: 12 agree
//--- v1/s2cell_id.h
#include <cstddef>
#include <cstdint>
#include <string>
class S2CellId {
public:
    S2CellId() : id_(0) {}
    explicit S2CellId(uint64_t id) : id_(id) {}
    uint64_t id() const { return id_; }
    bool is_valid() const;
    std::string ToToken() const;
    static S2CellId FromToken(const char *token, size_t length);
    static S2CellId FromToken(const std::string &token);
private:
    uint64_t id_;
};
//--- v2/s2cell_id.h
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
namespace absl { using std::string_view; }
class S2CellId {
public:
    S2CellId() : id_(0) {}
    explicit S2CellId(uint64_t id) : id_(id) {}
    uint64_t id() const { return id_; }
    bool is_valid() const;
    std::string ToToken() const;
    static S2CellId FromToken(absl::string_view token);
private:
    uint64_t id_;
};
//--- v1
#include "s2cell_id.h"
bool S2CellId::is_valid() const { return (id_ >> 61) <= 5 && (id_ & (~id_ + 1) & 0x1555555555555555ULL) != 0; }
std::string S2CellId::ToToken() const {
    if (id_ == 0) return "X";
    static const char hex[] = "0123456789abcdef";
    std::string s;
    for (int shift = 60; shift >= 0; shift -= 4) s.push_back(hex[(id_ >> shift) & 0xF]);
    while (!s.empty() && s.back() == '0') s.pop_back();
    return s;
}
S2CellId S2CellId::FromToken(const char *token, size_t length) {
    if (length > 16) return S2CellId(0);
    uint64_t id = 0;
    for (size_t i = 0; i < 16; i++) {
        char c = i < length ? token[i] : '0';
        int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (d < 0) return S2CellId(0);
        id = id << 4 | static_cast<uint64_t>(d);
    }
    return S2CellId(id);
}
S2CellId S2CellId::FromToken(const std::string &token) { return FromToken(token.data(), token.size()); }
//--- v2
#include "s2cell_id.h"
bool S2CellId::is_valid() const { return (id_ >> 61) <= 5 && (id_ & (~id_ + 1) & 0x1555555555555555ULL) != 0; }
std::string S2CellId::ToToken() const {
    if (id_ == 0) return "X";
    static const char hex[] = "0123456789abcdef";
    std::string s;
    for (int shift = 60; shift >= 0; shift -= 4) s.push_back(hex[(id_ >> shift) & 0xF]);
    while (!s.empty() && s.back() == '0') s.pop_back();
    return s;
}
S2CellId S2CellId::FromToken(absl::string_view token) {
    if (token.size() > 16) return S2CellId(0);
    uint64_t id = 0;
    for (size_t i = 0; i < 16; i++) {
        char c = i < token.size() ? token[i] : '0';
        int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (d < 0) return S2CellId(0);
        id = id << 4 | static_cast<uint64_t>(d);
    }
    return S2CellId(id);
}
