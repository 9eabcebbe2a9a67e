// expect: breaking
// why: rapidjson::Document::Parse(const char *) becomes Parse(const char *, std::size_t length = npos), so the one
// why: symbol _ZN9rapidjson8Document5ParseEPKc is gone and a two-parameter one appears: old binaries fail to load
// why: (the default argument is filled in at the call site, so only new callers use it).
// abidiff: 12 agree
//--- v1/document.h
#include <cstddef>
namespace rapidjson {
class Document {
public:
    Document();
    Document &Parse(const char *json);
    bool HasParseError() const;
    std::size_t GetErrorOffset() const;
private:
    int error_;
    std::size_t offset_;
};
}
//--- v2/document.h
#include <cstddef>
namespace rapidjson {
class Document {
public:
    static const std::size_t npos = static_cast<std::size_t>(-1);
    Document();
    Document &Parse(const char *json, std::size_t length = npos);
    bool HasParseError() const;
    std::size_t GetErrorOffset() const;
private:
    int error_;
    std::size_t offset_;
};
}
//--- v1
#include <cstring>
#include "document.h"
namespace rapidjson {
Document::Document() : error_(0), offset_(0) {}
Document &Document::Parse(const char *json) { std::size_t n = json ? std::strlen(json) : 0; error_ = (n == 0 || (json[0] != '{' && json[0] != '[')) ? 1 : 0; offset_ = error_ ? 0 : n; return *this; }
bool Document::HasParseError() const { return error_ != 0; }
std::size_t Document::GetErrorOffset() const { return offset_; }
}
//--- v2
#include <cstring>
#include "document.h"
namespace rapidjson {
Document::Document() : error_(0), offset_(0) {}
Document &Document::Parse(const char *json, std::size_t length) { std::size_t n = !json ? 0 : length == npos ? std::strlen(json) : length; error_ = (n == 0 || (json[0] != '{' && json[0] != '[')) ? 1 : 0; offset_ = error_ ? 0 : n; return *this; }
bool Document::HasParseError() const { return error_ != 0; }
std::size_t Document::GetErrorOffset() const { return offset_; }
}
