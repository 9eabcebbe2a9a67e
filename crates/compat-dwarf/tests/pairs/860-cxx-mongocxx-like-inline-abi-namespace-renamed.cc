// expect: breaking
// why: mongocxx declares everything in the inline namespace mongocxx::v_noabi; v2 moves the classes to the stable
// why: inline namespace v1. Sources compile unchanged, but every mangled name changes (_ZN8mongocxx7v_noabi3uri...
// why: becomes _ZN8mongocxx2v13uri...): each symbol old binaries import is gone.
// abidiff: 12 agree
//--- v1/uri.h
#include <memory>
#include <string>
namespace mongocxx {
inline namespace v_noabi {
class uri {
public:
    explicit uri(const std::string &uri_string);
    ~uri();
    std::string to_string() const;
    std::string database() const;
private:
    class impl;
    std::unique_ptr<impl> _impl;
};
}
}
//--- v2/uri.h
#include <memory>
#include <string>
namespace mongocxx {
inline namespace v1 {
class uri {
public:
    explicit uri(const std::string &uri_string);
    ~uri();
    std::string to_string() const;
    std::string database() const;
private:
    class impl;
    std::unique_ptr<impl> _impl;
};
}
}
//--- v1
#include "uri.h"
namespace mongocxx {
inline namespace v_noabi {
class uri::impl { public: std::string text; std::string db; };
uri::uri(const std::string &uri_string) : _impl(new impl{uri_string, {}}) { auto slash = uri_string.rfind('/'); if (slash != std::string::npos && slash + 1 < uri_string.size()) _impl->db = uri_string.substr(slash + 1); }
uri::~uri() = default;
std::string uri::to_string() const { return _impl->text; }
std::string uri::database() const { return _impl->db; }
}
}
//--- v2
#include "uri.h"
namespace mongocxx {
inline namespace v1 {
class uri::impl { public: std::string text; std::string db; };
uri::uri(const std::string &uri_string) : _impl(new impl{uri_string, {}}) { auto slash = uri_string.rfind('/'); if (slash != std::string::npos && slash + 1 < uri_string.size()) _impl->db = uri_string.substr(slash + 1); }
uri::~uri() = default;
std::string uri::to_string() const { return _impl->text; }
std::string uri::database() const { return _impl->db; }
}
}
