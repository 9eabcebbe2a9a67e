// expect: warning
// why: INIReader's class, signatures and symbols are unchanged, but v2's GetReal parses with std::from_chars for
// why: double instead of strtod, and so binds _ZSt10from_charsPKcS0_RdSt12chars_format@GLIBCXX_3.4.29, a version
// why: of libstdc++ (GCC 11) that v1 did not need: on a system whose libstdc++ is older, v1 loaded and v2 fails with
// why: "version `GLIBCXX_3.4.29' not found" (as in 652 and 507).
// abidiff: 0 disagree: abidiff does not compare the versions a library needs from its dependencies; the new need stops v2 from loading where v1 loaded.
//--- INIReader.h
class INIReader {
public:
    explicit INIReader(const char *text);
    int ParseError() const;
    long GetInteger(const char *name, long default_value) const;
    double GetReal(const char *name, double default_value) const;
private:
    const char *find(const char *name, const char **end) const;
    const char *text_;
    int error_;
};
//--- v1
#include <cstdlib>
#include <cstring>
#include "INIReader.h"
INIReader::INIReader(const char *text) : text_(text), error_(text ? 0 : -1) {}
int INIReader::ParseError() const { return error_; }
const char *INIReader::find(const char *name, const char **end) const {
    const char *p = text_ ? std::strstr(text_, name) : nullptr;
    if (!p) return nullptr;
    p = std::strchr(p, '=');
    if (!p) return nullptr;
    ++p;
    *end = p + std::strcspn(p, "\n");
    return p;
}
long INIReader::GetInteger(const char *name, long default_value) const { const char *end; const char *v = find(name, &end); if (!v) return default_value; char *stop; long n = std::strtol(v, &stop, 0); return stop > v ? n : default_value; }
double INIReader::GetReal(const char *name, double default_value) const { const char *end; const char *v = find(name, &end); if (!v) return default_value; char *stop; double d = std::strtod(v, &stop); return stop > v ? d : default_value; }
//--- v2
#include <charconv>
#include <cstdlib>
#include <cstring>
#include "INIReader.h"
INIReader::INIReader(const char *text) : text_(text), error_(text ? 0 : -1) {}
int INIReader::ParseError() const { return error_; }
const char *INIReader::find(const char *name, const char **end) const {
    const char *p = text_ ? std::strstr(text_, name) : nullptr;
    if (!p) return nullptr;
    p = std::strchr(p, '=');
    if (!p) return nullptr;
    ++p;
    *end = p + std::strcspn(p, "\n");
    return p;
}
long INIReader::GetInteger(const char *name, long default_value) const { const char *end; const char *v = find(name, &end); if (!v) return default_value; char *stop; long n = std::strtol(v, &stop, 0); return stop > v ? n : default_value; }
double INIReader::GetReal(const char *name, double default_value) const {
    const char *end; const char *v = find(name, &end);
    if (!v) return default_value;
    while (v < end && *v == ' ') ++v;
    double d = default_value;
    std::from_chars_result r = std::from_chars(v, end, d);
    return r.ec == std::errc() ? d : default_value;
}
