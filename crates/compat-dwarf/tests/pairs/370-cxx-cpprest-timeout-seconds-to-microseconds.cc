// expect: breaking
// why: cpprestsdk's http_client_config keeps its timeout in microseconds instead of seconds: set_timeout takes
// why: const std::chrono::microseconds & instead of const std::chrono::seconds &, so its mangled name changes
// why: (the ratio<1, 1000000> enters it) and binaries built against v1 no longer resolve
// why: set_timeout(std::chrono::duration<long, std::ratio<1, 1>> const &). timeout() keeps its symbol (return
// why: types are not mangled) and its register, but now returns a count of microseconds.
// abidiff: 12 agree
//--- v1/http_client.h
#include <chrono>
namespace web { namespace http { namespace client {
class http_client_config {
public:
  http_client_config();
  std::chrono::seconds timeout() const;
  void set_timeout(const std::chrono::seconds &timeout);
  bool validate_certificates() const { return m_validate_certificates; }
private:
  std::chrono::seconds m_timeout;
  bool m_validate_certificates;
};
} } }
//--- v2/http_client.h
#include <chrono>
namespace web { namespace http { namespace client {
class http_client_config {
public:
  http_client_config();
  std::chrono::microseconds timeout() const;
  void set_timeout(const std::chrono::microseconds &timeout);
  bool validate_certificates() const { return m_validate_certificates; }
private:
  std::chrono::microseconds m_timeout;
  bool m_validate_certificates;
};
} } }
//--- v1
#include "http_client.h"
namespace web { namespace http { namespace client {
http_client_config::http_client_config() : m_timeout(30), m_validate_certificates(true) {}
std::chrono::seconds http_client_config::timeout() const { return m_timeout; }
void http_client_config::set_timeout(const std::chrono::seconds &timeout) { m_timeout = timeout; }
} } }
//--- v2
#include "http_client.h"
namespace web { namespace http { namespace client {
http_client_config::http_client_config() : m_timeout(std::chrono::seconds(30)), m_validate_certificates(true) {}
std::chrono::microseconds http_client_config::timeout() const { return m_timeout; }
void http_client_config::set_timeout(const std::chrono::microseconds &timeout) { m_timeout = timeout; }
} } }
