// expect: breaking
// why: app::Config is a plain struct the caller fills and passes by const reference to the exported
// why: app::Server::Server(const Config &). v2 changes its name member from std::string to std::pmr::string:
// why: the member grows from 32 to 40 bytes (it carries its memory resource), port moves from byte 32 to 40 and
// why: the library reads an old caller's bytes as a polymorphic allocator pointer.
// abidiff: 4 agree
//--- v1/app.h
#include <string>
namespace app {
struct Config { std::string name; int port; };
class Server {
public:
  explicit Server(const Config &c);
  int port() const;
private:
  int port_;
};
}
//--- v2/app.h
#include <memory_resource>
#include <string>
namespace app {
struct Config { std::pmr::string name; int port; };
class Server {
public:
  explicit Server(const Config &c);
  int port() const;
private:
  int port_;
};
}
//--- v1
#include "app.h"
namespace app {
Server::Server(const Config &c) : port_(c.name.empty() ? 0 : c.port) {}
int Server::port() const { return port_; }
}
//--- v2
#include "app.h"
namespace app {
Server::Server(const Config &c) : port_(c.name.empty() ? 0 : c.port) {}
int Server::port() const { return port_; }
}
