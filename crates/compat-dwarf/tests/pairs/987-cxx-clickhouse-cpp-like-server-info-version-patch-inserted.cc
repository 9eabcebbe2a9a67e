// expect: warning
// why: clickhouse::ServerInfo is declared with its members in client.h and reached only through the const reference
// why: Client::GetServerInfo hands out; nothing takes one from consumers. v2 inserts uint64_t version_patch before
// why: revision, moving revision from byte 112 to 120 and growing the struct: consumers that read revision through
// why: the reference, or copy the struct, break; whether they do only the public headers can tell (it has no member
// why: functions of its own), so its visibility is undecided.
// abidiff: 4 agree
//--- v1/client.h
#include <cstdint>
#include <memory>
#include <string>
namespace clickhouse {
struct ServerInfo {
    std::string name;
    std::string timezone;
    std::string display_name;
    uint64_t version_major;
    uint64_t version_minor;
    uint64_t revision;
};
class Client {
public:
    explicit Client(const std::string &host);
    ~Client();
    const ServerInfo &GetServerInfo() const;
    void Ping();
private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};
}
//--- v2/client.h
#include <cstdint>
#include <memory>
#include <string>
namespace clickhouse {
struct ServerInfo {
    std::string name;
    std::string timezone;
    std::string display_name;
    uint64_t version_major;
    uint64_t version_minor;
    uint64_t version_patch;
    uint64_t revision;
};
class Client {
public:
    explicit Client(const std::string &host);
    ~Client();
    const ServerInfo &GetServerInfo() const;
    void Ping();
private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};
}
//--- v1
#include "client.h"
namespace clickhouse {
struct Client::Impl { std::string host; ServerInfo info; unsigned pings = 0; };
Client::Client(const std::string &host) : impl_(new Impl) { impl_->host = host; impl_->info.name = "ClickHouse"; impl_->info.timezone = "UTC"; impl_->info.display_name = host; impl_->info.version_major = 23; impl_->info.version_minor = 8; impl_->info.revision = 54465; }
Client::~Client() = default;
const ServerInfo &Client::GetServerInfo() const { return impl_->info; }
void Client::Ping() { impl_->pings++; }
}
//--- v2
#include "client.h"
namespace clickhouse {
struct Client::Impl { std::string host; ServerInfo info; unsigned pings = 0; };
Client::Client(const std::string &host) : impl_(new Impl) { impl_->host = host; impl_->info.name = "ClickHouse"; impl_->info.timezone = "UTC"; impl_->info.display_name = host; impl_->info.version_major = 23; impl_->info.version_minor = 8; impl_->info.version_patch = 2; impl_->info.revision = 54465; }
Client::~Client() = default;
const ServerInfo &Client::GetServerInfo() const { return impl_->info; }
void Client::Ping() { impl_->pings++; }
}
