// expect: breaking
// why: proton::connection::open_session returns a proton::session_ptr by value. v1 spells it
// why: std::unique_ptr<session, void (*)(session *)>, a 16-byte object holding the pointer and the deleter's address;
// why: v2 uses an empty session_deleter functor, so the unique_ptr is one 8-byte pointer. The return type is not in the
// why: mangled name, so the symbol stays: v2 writes 8 bytes into an old caller's 16-byte return slot, and when the
// why: caller's unique_ptr is destroyed it calls whatever was left in the deleter half.
// abidiff: 4 agree
//--- v1/connection.hpp
#include <memory>
#include <string>
namespace proton {
class session;
void release_session(session *s);
using session_ptr = std::unique_ptr<session, void (*)(session *)>;
class connection {
public:
    explicit connection(const std::string &url);
    ~connection();
    session_ptr open_session();
    int session_count() const;
private:
    std::string url_;
    int sessions_;
};
}
//--- v2/connection.hpp
#include <memory>
#include <string>
namespace proton {
class session;
void release_session(session *s);
struct session_deleter { void operator()(session *s) const { release_session(s); } };
using session_ptr = std::unique_ptr<session, session_deleter>;
class connection {
public:
    explicit connection(const std::string &url);
    ~connection();
    session_ptr open_session();
    int session_count() const;
private:
    std::string url_;
    int sessions_;
};
}
//--- v1
#include "connection.hpp"
namespace proton {
class session { public: connection *conn; int channel; };
void release_session(session *s) { delete s; }
connection::connection(const std::string &url) : url_(url), sessions_(0) {}
connection::~connection() {}
session_ptr connection::open_session() { return session_ptr(new session{this, sessions_++}, release_session); }
int connection::session_count() const { return sessions_; }
}
//--- v2
#include "connection.hpp"
namespace proton {
class session { public: connection *conn; int channel; };
void release_session(session *s) { delete s; }
connection::connection(const std::string &url) : url_(url), sessions_(0) {}
connection::~connection() {}
session_ptr connection::open_session() { return session_ptr(new session{this, sessions_++}); }
int connection::session_count() const { return sessions_; }
}
