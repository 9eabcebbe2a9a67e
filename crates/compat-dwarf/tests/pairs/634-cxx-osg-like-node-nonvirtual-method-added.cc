// expect: info
// why: osg::Node, a class with virtual functions consumers hold and derive from, gains a non-virtual exported
// why: member function getNumParents(): no member, vtable slot or existing symbol changes; the new symbol is an
// why: addition worth a line.
// abidiff: 4 disagree: abidiff reports the added member function as an ABI change (exit 4); an addition breaks no binary built against v1.
//--- v1/node.h
namespace osg {
class Node {
public:
  Node();
  virtual ~Node();
  virtual const char *className() const;
  void setName(const char *n);
protected:
  const char *name_; int parents_;
};
}
//--- v2/node.h
namespace osg {
class Node {
public:
  Node();
  virtual ~Node();
  virtual const char *className() const;
  void setName(const char *n);
  int getNumParents() const;
protected:
  const char *name_; int parents_;
};
}
//--- v1
#include "node.h"
namespace osg {
Node::Node() : name_(""), parents_(0) {}
Node::~Node() {}
const char *Node::className() const { return "Node"; }
void Node::setName(const char *n) { name_ = n; }
}
//--- v2
#include "node.h"
namespace osg {
Node::Node() : name_(""), parents_(0) {}
Node::~Node() {}
const char *Node::className() const { return "Node"; }
void Node::setName(const char *n) { name_ = n; }
int Node::getNumParents() const { return parents_; }
}
