// expect: breaking
// why: asio::ip::endpoint holds a union of sockaddr, sockaddr_in and sockaddr_in6 (28 bytes) and is returned by
// why: value from the exported resolve and taken by reference by connect, so consumers allocate it. v2 adds
// why: sockaddr_un to the union, growing endpoint to 112 bytes: resolve writes 112 bytes into old callers' 28-byte
// why: return slots and connect reads past their objects.
// abidiff: 4 agree
//--- v1/endpoint.h
#include <netinet/in.h>
#include <sys/socket.h>
namespace asio { namespace ip {
class endpoint {
public:
  endpoint();
  unsigned short port() const;
  int family() const;
private:
  union data_union { sockaddr base; sockaddr_in v4; sockaddr_in6 v6; } data_;
  friend endpoint resolve(const char *host, unsigned short port);
};
endpoint resolve(const char *host, unsigned short port);
int connect(const endpoint &ep);
} }
//--- v2/endpoint.h
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/un.h>
namespace asio { namespace ip {
class endpoint {
public:
  endpoint();
  unsigned short port() const;
  int family() const;
private:
  union data_union { sockaddr base; sockaddr_in v4; sockaddr_in6 v6; sockaddr_un local; } data_;
  friend endpoint resolve(const char *host, unsigned short port);
};
endpoint resolve(const char *host, unsigned short port);
int connect(const endpoint &ep);
} }
//--- v1
#include <cstring>
#include <arpa/inet.h>
#include "endpoint.h"
namespace asio { namespace ip {
endpoint::endpoint() { std::memset(&data_, 0, sizeof data_); }
unsigned short endpoint::port() const { return ntohs(data_.v4.sin_port); }
int endpoint::family() const { return data_.base.sa_family; }
endpoint resolve(const char *host, unsigned short port) { endpoint ep; ep.data_.v4.sin_family = AF_INET; ep.data_.v4.sin_port = htons(port); if (host) inet_pton(AF_INET, host, &ep.data_.v4.sin_addr); return ep; }
int connect(const endpoint &ep) { return ep.family() == AF_INET ? ep.port() : -1; }
} }
//--- v2
#include <cstring>
#include <arpa/inet.h>
#include "endpoint.h"
namespace asio { namespace ip {
endpoint::endpoint() { std::memset(&data_, 0, sizeof data_); }
unsigned short endpoint::port() const { return ntohs(data_.v4.sin_port); }
int endpoint::family() const { return data_.base.sa_family; }
endpoint resolve(const char *host, unsigned short port) { endpoint ep; if (host && host[0] == '/') { ep.data_.local.sun_family = AF_UNIX; std::strncpy(ep.data_.local.sun_path, host, sizeof ep.data_.local.sun_path - 1); return ep; } ep.data_.v4.sin_family = AF_INET; ep.data_.v4.sin_port = htons(port); if (host) inet_pton(AF_INET, host, &ep.data_.v4.sin_addr); return ep; }
int connect(const endpoint &ep) { return ep.family() == AF_INET ? ep.port() : ep.family() == AF_UNIX ? 0 : -1; }
} }
