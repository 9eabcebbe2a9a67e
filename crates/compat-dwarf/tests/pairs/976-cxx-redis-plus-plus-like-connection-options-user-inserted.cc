// expect: breaking
// why: sw::redis::ConnectionOptions is an aggregate consumers construct (its default member initializers make the
// why: constructor inline in their code), fill and pass by const reference to the exported Redis constructor. v2
// why: inserts std::string user = "default" before password (Redis 6 ACL users), so password, db and keep_alive
// why: move by 32 bytes and the struct grows from 120 to 152 bytes: the library reads an old caller's db as part of
// why: a std::string and past the end of its object.
// abidiff: 4 agree
//--- v1/redis.h
#include <chrono>
#include <string>
namespace sw { namespace redis {
struct ConnectionOptions {
    std::string host = "127.0.0.1";
    int port = 6379;
    std::string path;
    std::string password;
    int db = 0;
    bool keep_alive = false;
    std::chrono::milliseconds connect_timeout{0};
};
class Redis {
public:
    explicit Redis(const ConnectionOptions &opts);
    ~Redis();
    std::string endpoint() const;
    bool authenticated() const;
private:
    std::string endpoint_;
    int db_;
    bool auth_;
};
} }
//--- v2/redis.h
#include <chrono>
#include <string>
namespace sw { namespace redis {
struct ConnectionOptions {
    std::string host = "127.0.0.1";
    int port = 6379;
    std::string path;
    std::string user = "default";
    std::string password;
    int db = 0;
    bool keep_alive = false;
    std::chrono::milliseconds connect_timeout{0};
};
class Redis {
public:
    explicit Redis(const ConnectionOptions &opts);
    ~Redis();
    std::string endpoint() const;
    bool authenticated() const;
private:
    std::string endpoint_;
    int db_;
    bool auth_;
};
} }
//--- v1
#include "redis.h"
namespace sw { namespace redis {
Redis::Redis(const ConnectionOptions &opts)
    : endpoint_(opts.path.empty() ? opts.host + ":" + std::to_string(opts.port) : "unix:" + opts.path), db_(opts.db), auth_(!opts.password.empty()) {}
Redis::~Redis() {}
std::string Redis::endpoint() const { return endpoint_ + "/" + std::to_string(db_); }
bool Redis::authenticated() const { return auth_; }
} }
//--- v2
#include "redis.h"
namespace sw { namespace redis {
Redis::Redis(const ConnectionOptions &opts)
    : endpoint_(opts.path.empty() ? opts.host + ":" + std::to_string(opts.port) : "unix:" + opts.path), db_(opts.db), auth_(!opts.password.empty() && !opts.user.empty()) {}
Redis::~Redis() {}
std::string Redis::endpoint() const { return endpoint_ + "/" + std::to_string(db_); }
bool Redis::authenticated() const { return auth_; }
} }
