// expect: info
// why: ConnectionConfig is filled by consumers and passed by const reference to the exported
// why: ClientConnectionProvider::createShared; its last member void *reserved is documented "must be nullptr". v2
// why: replaces it in place by const char *sniHostname (read by the library; nullptr means use the host): the same
// why: 8 bytes at the same offset, the struct's size and every other offset unchanged, and old callers' nullptr is
// why: the default. A reserved member replaced in place by one of its size, as reserving intends.
// abidiff: 0 agree
//--- v1/provider.h
#include <cstdint>
#include <memory>
namespace oatpp { namespace network { namespace tcp { namespace client {
struct ConnectionConfig {
    const char *host;
    std::uint16_t port;
    bool useTls;
    std::int32_t timeoutMs;
    void *reserved; /* must be nullptr */
};
class ClientConnectionProvider {
public:
    static std::shared_ptr<ClientConnectionProvider> createShared(const ConnectionConfig &config);
    const char *serverName() const;
    int port() const;
private:
    const char *host_;
    const char *sni_;
    int port_;
};
} } } }
//--- v2/provider.h
#include <cstdint>
#include <memory>
namespace oatpp { namespace network { namespace tcp { namespace client {
struct ConnectionConfig {
    const char *host;
    std::uint16_t port;
    bool useTls;
    std::int32_t timeoutMs;
    const char *sniHostname; /* nullptr: use host */
};
class ClientConnectionProvider {
public:
    static std::shared_ptr<ClientConnectionProvider> createShared(const ConnectionConfig &config);
    const char *serverName() const;
    int port() const;
private:
    const char *host_;
    const char *sni_;
    int port_;
};
} } } }
//--- v1
#include "provider.h"
namespace oatpp { namespace network { namespace tcp { namespace client {
std::shared_ptr<ClientConnectionProvider> ClientConnectionProvider::createShared(const ConnectionConfig &config) {
    auto p = std::make_shared<ClientConnectionProvider>();
    p->host_ = config.host; p->sni_ = config.host; p->port_ = config.port ? config.port : (config.useTls ? 443 : 80);
    return p;
}
const char *ClientConnectionProvider::serverName() const { return sni_; }
int ClientConnectionProvider::port() const { return port_; }
} } } }
//--- v2
#include "provider.h"
namespace oatpp { namespace network { namespace tcp { namespace client {
std::shared_ptr<ClientConnectionProvider> ClientConnectionProvider::createShared(const ConnectionConfig &config) {
    auto p = std::make_shared<ClientConnectionProvider>();
    p->host_ = config.host; p->sni_ = config.sniHostname ? config.sniHostname : config.host; p->port_ = config.port ? config.port : (config.useTls ? 443 : 80);
    return p;
}
const char *ClientConnectionProvider::serverName() const { return sni_; }
int ClientConnectionProvider::port() const { return port_; }
} } } }
