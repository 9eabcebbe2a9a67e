// expect: info
// why: pqxx::connection was neither copyable nor movable; libpqxx 7 adds an exported move constructor and move
// why: assignment so connections can be returned from factories. The copy operations stay deleted, so nothing
// why: about how a connection is passed changes (it never was passed by value), and connection keeps its size,
// why: members and every old symbol: two functions added (as in 413).
// abidiff: 4 disagree: abidiff reports the move constructor and move assignment added; adding symbols is compatible and connection keeps its size, members and calling convention (as in 413).
//--- v1/connection.hxx
#include <string>
struct pg_conn;
namespace pqxx {
class connection {
public:
  explicit connection(const std::string &options);
  connection(const connection &) = delete;
  connection &operator=(const connection &) = delete;
  ~connection();
  bool is_open() const noexcept;
  const char *dbname() const;
  int server_version() const noexcept;
  void close();
private:
  pg_conn *m_conn;
  std::string m_options;
  int m_unique_id;
};
}
//--- v2/connection.hxx
#include <string>
struct pg_conn;
namespace pqxx {
class connection {
public:
  explicit connection(const std::string &options);
  connection(const connection &) = delete;
  connection &operator=(const connection &) = delete;
  connection(connection &&rhs);
  connection &operator=(connection &&rhs);
  ~connection();
  bool is_open() const noexcept;
  const char *dbname() const;
  int server_version() const noexcept;
  void close();
private:
  pg_conn *m_conn;
  std::string m_options;
  int m_unique_id;
};
}
//--- v1
#include "connection.hxx"
struct pg_conn { char db[32]; int version; };
namespace pqxx {
connection::connection(const std::string &options) : m_conn(new pg_conn{"postgres", 150002}), m_options(options), m_unique_id(0) {}
connection::~connection() { close(); }
bool connection::is_open() const noexcept { return m_conn != nullptr; }
const char *connection::dbname() const { return m_conn ? m_conn->db : nullptr; }
int connection::server_version() const noexcept { return m_conn ? m_conn->version : 0; }
void connection::close() { delete m_conn; m_conn = nullptr; }
}
//--- v2
#include <utility>
#include "connection.hxx"
struct pg_conn { char db[32]; int version; };
namespace pqxx {
connection::connection(const std::string &options) : m_conn(new pg_conn{"postgres", 150002}), m_options(options), m_unique_id(0) {}
connection::connection(connection &&rhs) : m_conn(rhs.m_conn), m_options(std::move(rhs.m_options)), m_unique_id(rhs.m_unique_id) { rhs.m_conn = nullptr; }
connection &connection::operator=(connection &&rhs) {
  if (&rhs != this) { close(); m_conn = rhs.m_conn; rhs.m_conn = nullptr; m_options = std::move(rhs.m_options); m_unique_id = rhs.m_unique_id; }
  return *this;
}
connection::~connection() { close(); }
bool connection::is_open() const noexcept { return m_conn != nullptr; }
const char *connection::dbname() const { return m_conn ? m_conn->db : nullptr; }
int connection::server_version() const noexcept { return m_conn ? m_conn->version : 0; }
void connection::close() { delete m_conn; m_conn = nullptr; }
}
