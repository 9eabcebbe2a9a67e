// expect: none
// why: Poco::UInt16, the type of SocketAddress's port, is redefined from unsigned short to std::uint16_t, which is
// why: unsigned short: the constructor keeps its mangled name (...C1EPKct) and the class its layout.
// abidiff: 0 agree
//--- v1/socketaddress.h
namespace Poco {
typedef unsigned short UInt16;
namespace Net {
class SocketAddress {
public:
  SocketAddress(const char *host, Poco::UInt16 port);
  Poco::UInt16 port() const;
private:
  const char *_host;
  Poco::UInt16 _port;
};
} }
//--- v2/socketaddress.h
#include <cstdint>
namespace Poco {
typedef std::uint16_t UInt16;
namespace Net {
class SocketAddress {
public:
  SocketAddress(const char *host, Poco::UInt16 port);
  Poco::UInt16 port() const;
private:
  const char *_host;
  Poco::UInt16 _port;
};
} }
//--- lib.cc
#include "socketaddress.h"
namespace Poco { namespace Net {
SocketAddress::SocketAddress(const char *host, Poco::UInt16 port) : _host(host), _port(port) {}
Poco::UInt16 SocketAddress::port() const { return _port; }
} }
