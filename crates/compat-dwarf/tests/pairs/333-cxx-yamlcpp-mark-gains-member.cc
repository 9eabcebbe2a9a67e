// expect: breaking
// why: YAML::Mark is returned by value from Node::Mark() and embedded in the exported YAML::Exception, so it is
// why: public. v2 adds int offset after column: Mark grows from 12 to 16 bytes and Exception's msg moves, so old
// why: consumers' copies and their inline reads of Exception members use v1 offsets.
// abidiff: 4 agree
//--- v1/mark.h
#include <string>
namespace YAML {
struct Mark { int pos; int line; int column; };
class Node {
public:
  Node();
  YAML::Mark Mark() const;
private:
  YAML::Mark m_mark;
};
class Exception {
public:
  Exception(const YAML::Mark &mark, const std::string &msg);
  virtual ~Exception();
  YAML::Mark mark;
  std::string msg;
};
}
//--- v2/mark.h
#include <string>
namespace YAML {
struct Mark { int pos; int line; int column; int offset; };
class Node {
public:
  Node();
  YAML::Mark Mark() const;
private:
  YAML::Mark m_mark;
};
class Exception {
public:
  Exception(const YAML::Mark &mark, const std::string &msg);
  virtual ~Exception();
  YAML::Mark mark;
  std::string msg;
};
}
//--- v1
#include "mark.h"
namespace YAML {
Node::Node() : m_mark{0, 0, 0} {}
Mark Node::Mark() const { return m_mark; }
Exception::Exception(const YAML::Mark &m, const std::string &s) : mark(m), msg(s) {}
Exception::~Exception() {}
}
//--- v2
#include "mark.h"
namespace YAML {
Node::Node() : m_mark{0, 0, 0, 0} {}
Mark Node::Mark() const { return m_mark; }
Exception::Exception(const YAML::Mark &m, const std::string &s) : mark(m), msg(s) {}
Exception::~Exception() {}
}
