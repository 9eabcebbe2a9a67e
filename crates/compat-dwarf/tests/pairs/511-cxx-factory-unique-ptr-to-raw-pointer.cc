// expect: breaking
// why: db::open returns std::unique_ptr<db::Connection> in v1 and db::Connection * in v2, under the same symbol
// why: (_ZN2db4openEPKc: the return type is not mangled). unique_ptr has a non-trivial destructor, so v1 returns
// why: it through a hidden pointer the caller passes in rdi and the library writes; v2 returns the pointer in rax
// why: and takes the path from rdi. Old callers pass their result slot where v2 expects the path, and read an
// why: uninitialised slot as their connection.
// abidiff: 4 agree
//--- v1/db.h
#include <memory>
namespace db {
class Connection {
public:
  explicit Connection(const char *path);
  ~Connection();
  int exec(const char *sql);
private:
  const char *path_;
  int changes_;
};
std::unique_ptr<Connection> open(const char *path);
}
//--- v2/db.h
namespace db {
class Connection {
public:
  explicit Connection(const char *path);
  ~Connection();
  int exec(const char *sql);
private:
  const char *path_;
  int changes_;
};
Connection *open(const char *path);
}
//--- v1
#include "db.h"
namespace db {
Connection::Connection(const char *path) : path_(path), changes_(0) {}
Connection::~Connection() {}
int Connection::exec(const char *sql) { if (!sql || !*sql) return -1; return ++changes_; }
std::unique_ptr<Connection> open(const char *path) { return path ? std::unique_ptr<Connection>(new Connection(path)) : nullptr; }
}
//--- v2
#include "db.h"
namespace db {
Connection::Connection(const char *path) : path_(path), changes_(0) {}
Connection::~Connection() {}
int Connection::exec(const char *sql) { if (!sql || !*sql) return -1; return ++changes_; }
Connection *open(const char *path) { return path ? new Connection(path) : nullptr; }
}
