// expect: warning
// why: net::Stats is a plain struct (no member functions) defined in the header; consumers only see the instance
// why: inside the server, through const Stats &Server::stats() const. v2 inserts std::uint64_t bytes_in before
// why: requests, moving requests and errors by 8 bytes: consumers that read srv.stats().requests read the wrong
// why: field if they compiled against v1, so it is breaking if the struct is public; nothing in the binary says
// why: whether callers are meant to read it, so a warning naming what decides it.
// abidiff: 4 agree
//--- v1/server.h
#include <cstdint>
namespace net {
struct Stats { std::uint64_t connections; std::uint64_t requests; std::uint64_t errors; };
class Server {
public:
  Server(int port);
  ~Server();
  void poll();
  const Stats &stats() const;
private:
  struct Impl;
  Impl *impl_;
};
}
//--- v2/server.h
#include <cstdint>
namespace net {
struct Stats { std::uint64_t connections; std::uint64_t bytes_in; std::uint64_t requests; std::uint64_t errors; };
class Server {
public:
  Server(int port);
  ~Server();
  void poll();
  const Stats &stats() const;
private:
  struct Impl;
  Impl *impl_;
};
}
//--- v1
#include "server.h"
namespace net {
struct Server::Impl { int port; Stats stats; };
Server::Server(int port) : impl_(new Impl{port, {0, 0, 0}}) {}
Server::~Server() { delete impl_; }
void Server::poll() { impl_->stats.requests++; if (impl_->port <= 0) impl_->stats.errors++; }
const Stats &Server::stats() const { return impl_->stats; }
}
//--- v2
#include "server.h"
namespace net {
struct Server::Impl { int port; Stats stats; };
Server::Server(int port) : impl_(new Impl{port, {0, 0, 0, 0}}) {}
Server::~Server() { delete impl_; }
void Server::poll() { impl_->stats.requests++; impl_->stats.bytes_in += 512; if (impl_->port <= 0) impl_->stats.errors++; }
const Stats &Server::stats() const { return impl_->stats; }
}
