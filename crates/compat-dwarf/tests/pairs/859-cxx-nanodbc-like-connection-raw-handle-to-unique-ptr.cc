// expect: info
// why: nanodbc::connection, constructed by consumers through its exported constructor, held its ODBC handle as a
// why: private raw pointer dbc_; v2 holds it as std::unique_ptr<odbc_dbc, handle_deleter> with an empty deleter, which
// why: is one pointer: the same 8 bytes at offset 0, dsn_ still at 8, the class 40 bytes and non-trivial
// why: (user-provided destructor) either way, and the inline native_dbc_handle reads the same pointer;
// why: handle_deleter::operator() is an added symbol. v2's constructor gains an exception cleanup and so needs
// why: __gxx_personality_v0@CXXABI_1.3, a version that v1's own need of CXXABI_1.3.9 already implies (every libstdc++
// why: with 1.3.9 defines 1.3).
// abidiff: 4 disagree: abidiff reports the member's type changed from a pointer to a unique_ptr; it holds the same pointer at the same offset.
//--- v1/nanodbc.h
#include <string>
struct odbc_dbc;
namespace nanodbc {
class connection {
public:
    connection(const std::string &dsn, long timeout);
    ~connection();
    connection(const connection &) = delete;
    connection &operator=(const connection &) = delete;
    long execute(const char *query);
    odbc_dbc *native_dbc_handle() const noexcept { return dbc_; }
    const std::string &dsn() const noexcept { return dsn_; }
private:
    odbc_dbc *dbc_;
    std::string dsn_;
};
}
//--- v2/nanodbc.h
#include <memory>
#include <string>
struct odbc_dbc;
namespace nanodbc {
class connection {
public:
    connection(const std::string &dsn, long timeout);
    ~connection();
    connection(const connection &) = delete;
    connection &operator=(const connection &) = delete;
    long execute(const char *query);
    odbc_dbc *native_dbc_handle() const noexcept { return dbc_.get(); }
    const std::string &dsn() const noexcept { return dsn_; }
    struct handle_deleter { void operator()(odbc_dbc *dbc); };
private:
    std::unique_ptr<odbc_dbc, handle_deleter> dbc_;
    std::string dsn_;
};
}
//--- v1
#include <cstring>
#include "nanodbc.h"
struct odbc_dbc { long timeout; long rows; };
namespace nanodbc {
connection::connection(const std::string &dsn, long timeout) : dbc_(new odbc_dbc{timeout, 0}), dsn_(dsn) {}
connection::~connection() { delete dbc_; }
long connection::execute(const char *query) { if (!query) return -1; dbc_->rows = std::strstr(query, "INSERT") ? 1 : 0; return dbc_->rows; }
}
//--- v2
#include <cstring>
#include "nanodbc.h"
struct odbc_dbc { long timeout; long rows; };
namespace nanodbc {
void connection::handle_deleter::operator()(odbc_dbc *dbc) { delete dbc; }
connection::connection(const std::string &dsn, long timeout) : dbc_(new odbc_dbc{timeout, 0}), dsn_(dsn) {}
connection::~connection() = default;
long connection::execute(const char *query) { if (!query) return -1; dbc_->rows = std::strstr(query, "INSERT") ? 1 : 0; return dbc_->rows; }
}
