// expect: none
// why: YAML::Node::size() and the index of operator[] are respelled from unsigned long to std::size_t, which is
// why: unsigned long on x86-64: the same types, so the mangled names (_ZNK4YAML4Node4sizeEv, ...ixEm) and the
// why: class are unchanged.
// abidiff: 0 agree
//--- v1/node.h
namespace YAML {
namespace detail { struct node; }
class Node {
public:
  Node();
  unsigned long size() const;
  Node operator[](unsigned long index) const;
private:
  bool m_isValid;
  detail::node *m_pNode;
};
}
//--- v2/node.h
#include <cstddef>
namespace YAML {
namespace detail { struct node; }
class Node {
public:
  Node();
  std::size_t size() const;
  Node operator[](std::size_t index) const;
private:
  bool m_isValid;
  detail::node *m_pNode;
};
}
//--- v1
#include "node.h"
namespace YAML {
namespace detail { struct node { unsigned long count; node *children; }; }
Node::Node() : m_isValid(true), m_pNode(nullptr) {}
unsigned long Node::size() const { return m_pNode ? m_pNode->count : 0; }
Node Node::operator[](unsigned long index) const { Node n; if (m_pNode && index < m_pNode->count) n.m_pNode = &m_pNode->children[index]; else n.m_isValid = false; return n; }
}
//--- v2
#include "node.h"
namespace YAML {
namespace detail { struct node { std::size_t count; node *children; }; }
Node::Node() : m_isValid(true), m_pNode(nullptr) {}
std::size_t Node::size() const { return m_pNode ? m_pNode->count : 0; }
Node Node::operator[](std::size_t index) const { Node n; if (m_pNode && index < m_pNode->count) n.m_pNode = &m_pNode->children[index]; else n.m_isValid = false; return n; }
}
