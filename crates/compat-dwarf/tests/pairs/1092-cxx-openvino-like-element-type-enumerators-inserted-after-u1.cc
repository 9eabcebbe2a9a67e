// expect: breaking
// why: ov::element::Type_t names tensor element types; consumers pass it by value (Type(Type_t::f32), Tensor
// why: constructors) and get it back from get_type(), whose body is inline. OpenVINO 2024 inserts u2, u3 and u6
// why: between u1 and u4, so u4, u8, u16, u32, u64, nf4 and string each move up by three: an old consumer asking for
// why: u8 now gets u3 (a packed 3-bit type of another byte size), and its switch statements misread every later type.
// abidiff: 4 agree
//--- v1/element_type.h
#include <cstddef>
#include <string>
namespace ov { namespace element {
enum class Type_t { undefined, dynamic, boolean, bf16, f16, f32, f64, i4, i8, i16, i32, i64, u1, u4, u8, u16, u32, u64, nf4, string };
class Type {
public:
    Type() = default;
    Type(const Type_t t) : m_type{t} {}
    size_t size() const;
    size_t bitwidth() const;
    std::string get_type_name() const;
    bool is_real() const;
    Type_t get_type() const { return m_type; }
private:
    Type_t m_type{Type_t::undefined};
};
}}
//--- v2/element_type.h
#include <cstddef>
#include <string>
namespace ov { namespace element {
enum class Type_t { undefined, dynamic, boolean, bf16, f16, f32, f64, i4, i8, i16, i32, i64, u1, u2, u3, u4, u6, u8, u16, u32, u64, nf4, string };
class Type {
public:
    Type() = default;
    Type(const Type_t t) : m_type{t} {}
    size_t size() const;
    size_t bitwidth() const;
    std::string get_type_name() const;
    bool is_real() const;
    Type_t get_type() const { return m_type; }
private:
    Type_t m_type{Type_t::undefined};
};
}}
//--- v1
#include "element_type.h"
namespace ov { namespace element {
static const struct { const char *name; size_t bits; bool real; } info[] = {
    {"undefined", 0, false}, {"dynamic", 0, false}, {"boolean", 8, false}, {"bf16", 16, true}, {"f16", 16, true},
    {"f32", 32, true}, {"f64", 64, true}, {"i4", 4, false}, {"i8", 8, false}, {"i16", 16, false}, {"i32", 32, false},
    {"i64", 64, false}, {"u1", 1, false}, {"u4", 4, false}, {"u8", 8, false}, {"u16", 16, false}, {"u32", 32, false},
    {"u64", 64, false}, {"nf4", 4, true}, {"string", 256, false}};
size_t Type::bitwidth() const { return info[static_cast<int>(m_type)].bits; }
size_t Type::size() const { return (bitwidth() + 7) / 8; }
std::string Type::get_type_name() const { return info[static_cast<int>(m_type)].name; }
bool Type::is_real() const { return info[static_cast<int>(m_type)].real; }
}}
//--- v2
#include "element_type.h"
namespace ov { namespace element {
static const struct { const char *name; size_t bits; bool real; } info[] = {
    {"undefined", 0, false}, {"dynamic", 0, false}, {"boolean", 8, false}, {"bf16", 16, true}, {"f16", 16, true},
    {"f32", 32, true}, {"f64", 64, true}, {"i4", 4, false}, {"i8", 8, false}, {"i16", 16, false}, {"i32", 32, false},
    {"i64", 64, false}, {"u1", 1, false}, {"u2", 2, false}, {"u3", 3, false}, {"u4", 4, false}, {"u6", 6, false},
    {"u8", 8, false}, {"u16", 16, false}, {"u32", 32, false}, {"u64", 64, false}, {"nf4", 4, true}, {"string", 256, false}};
size_t Type::bitwidth() const { return info[static_cast<int>(m_type)].bits; }
size_t Type::size() const { return (bitwidth() + 7) / 8; }
std::string Type::get_type_name() const { return info[static_cast<int>(m_type)].name; }
bool Type::is_real() const { return info[static_cast<int>(m_type)].real; }
}}
