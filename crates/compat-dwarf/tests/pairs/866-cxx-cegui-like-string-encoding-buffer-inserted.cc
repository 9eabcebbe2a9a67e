// expect: breaking
// why: CEGUI::String is a value class consumers construct on the stack and in their own members through its exported
// why: constructors, and whose inline length() and ptr() read its members. v2 inserts the mutable UTF-8 encoding
// why: buffer members (d_encodedbuff, d_encodeddatlen, d_encodedbufflen) after d_reserve: d_quickbuff and d_buffer
// why: move by 24 bytes and the class grows from 152 to 176 bytes, so old inline ptr() reads the wrong bytes and v2's
// why: constructors write past an old consumer's object.
// abidiff: 4 agree
//--- v1/CEGUIString.h
#include <cstddef>
#include <cstdint>
namespace CEGUI {
typedef std::uint8_t utf8;
typedef std::uint32_t utf32;
class String {
public:
    typedef std::size_t size_type;
    static const size_type STR_QUICKBUFF_SIZE = 32;
    String();
    String(const char *cstr);
    String(const String &str);
    ~String();
    size_type length() const { return d_cplength; }
    const utf32 *ptr() const { return (d_reserve > STR_QUICKBUFF_SIZE) ? d_buffer : d_quickbuff; }
    const utf8 *c_str() const;
private:
    size_type d_cplength;
    size_type d_reserve;
    utf32 d_quickbuff[STR_QUICKBUFF_SIZE];
    utf32 *d_buffer;
};
}
//--- v2/CEGUIString.h
#include <cstddef>
#include <cstdint>
namespace CEGUI {
typedef std::uint8_t utf8;
typedef std::uint32_t utf32;
class String {
public:
    typedef std::size_t size_type;
    static const size_type STR_QUICKBUFF_SIZE = 32;
    String();
    String(const char *cstr);
    String(const String &str);
    ~String();
    size_type length() const { return d_cplength; }
    const utf32 *ptr() const { return (d_reserve > STR_QUICKBUFF_SIZE) ? d_buffer : d_quickbuff; }
    const utf8 *c_str() const;
private:
    size_type d_cplength;
    size_type d_reserve;
    mutable utf8 *d_encodedbuff;
    mutable size_type d_encodeddatlen;
    mutable size_type d_encodedbufflen;
    utf32 d_quickbuff[STR_QUICKBUFF_SIZE];
    utf32 *d_buffer;
};
}
//--- v1
#include <cstdlib>
#include <cstring>
#include "CEGUIString.h"
namespace CEGUI {
static thread_local utf8 encode_scratch[4 * 256 + 1];
String::String() : d_cplength(0), d_reserve(STR_QUICKBUFF_SIZE), d_buffer(nullptr) { d_quickbuff[0] = 0; }
String::String(const char *cstr) : String() {
    size_type n = cstr ? std::strlen(cstr) : 0; utf32 *dst = d_quickbuff;
    if (n + 1 > STR_QUICKBUFF_SIZE) { d_buffer = static_cast<utf32 *>(std::malloc((n + 1) * sizeof(utf32))); d_reserve = n + 1; dst = d_buffer; }
    for (size_type i = 0; i < n; i++) dst[i] = (unsigned char)cstr[i];
    dst[n] = 0; d_cplength = n;
}
String::String(const String &str) : String() {
    const utf32 *src = str.ptr(); utf32 *dst = d_quickbuff;
    if (str.d_cplength + 1 > STR_QUICKBUFF_SIZE) { d_buffer = static_cast<utf32 *>(std::malloc((str.d_cplength + 1) * sizeof(utf32))); d_reserve = str.d_cplength + 1; dst = d_buffer; }
    std::memcpy(dst, src, (str.d_cplength + 1) * sizeof(utf32)); d_cplength = str.d_cplength;
}
String::~String() { if (d_reserve > STR_QUICKBUFF_SIZE) std::free(d_buffer); }
const utf8 *String::c_str() const { size_type n = d_cplength < 256 ? d_cplength : 256; const utf32 *p = ptr(); for (size_type i = 0; i < n; i++) encode_scratch[i] = (utf8)p[i]; encode_scratch[n] = 0; return encode_scratch; }
}
//--- v2
#include <cstdlib>
#include <cstring>
#include "CEGUIString.h"
namespace CEGUI {
String::String() : d_cplength(0), d_reserve(STR_QUICKBUFF_SIZE), d_encodedbuff(nullptr), d_encodeddatlen(0), d_encodedbufflen(0), d_buffer(nullptr) { d_quickbuff[0] = 0; }
String::String(const char *cstr) : String() {
    size_type n = cstr ? std::strlen(cstr) : 0; utf32 *dst = d_quickbuff;
    if (n + 1 > STR_QUICKBUFF_SIZE) { d_buffer = static_cast<utf32 *>(std::malloc((n + 1) * sizeof(utf32))); d_reserve = n + 1; dst = d_buffer; }
    for (size_type i = 0; i < n; i++) dst[i] = (unsigned char)cstr[i];
    dst[n] = 0; d_cplength = n;
}
String::String(const String &str) : String() {
    const utf32 *src = str.ptr(); utf32 *dst = d_quickbuff;
    if (str.d_cplength + 1 > STR_QUICKBUFF_SIZE) { d_buffer = static_cast<utf32 *>(std::malloc((str.d_cplength + 1) * sizeof(utf32))); d_reserve = str.d_cplength + 1; dst = d_buffer; }
    std::memcpy(dst, src, (str.d_cplength + 1) * sizeof(utf32)); d_cplength = str.d_cplength;
}
String::~String() { if (d_reserve > STR_QUICKBUFF_SIZE) std::free(d_buffer); std::free(d_encodedbuff); }
const utf8 *String::c_str() const {
    if (d_encodedbufflen < d_cplength * 4 + 1) { std::free(d_encodedbuff); d_encodedbufflen = d_cplength * 4 + 1; d_encodedbuff = static_cast<utf8 *>(std::malloc(d_encodedbufflen)); }
    const utf32 *p = ptr(); for (size_type i = 0; i < d_cplength; i++) d_encodedbuff[i] = (utf8)p[i]; d_encodedbuff[d_cplength] = 0; d_encodeddatlen = d_cplength; return d_encodedbuff;
}
}
