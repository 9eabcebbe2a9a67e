// expect: breaking
// why: xml::Document has exported member functions and inline accessors in the header (root(), error()), so it is
// why: public although only Parser::parse hands instances out: consumers compiled the inline accessors, which read
// why: root_ at byte 0 and error_ at byte 8. v2 inserts std::size_t node_count_ first, so the library's objects
// why: have root_ at 8 and error_ at 16 and old inline code reads the count as the root pointer.
// abidiff: 4 agree
//--- v1/xml.h
#include <string>
namespace xml {
struct Node { std::string name; Node *first_child; Node *next_sibling; };
class Document {
public:
  ~Document();
  Node *root() const { return root_; }
  const char *error() const { return error_; }
  Node *find(const std::string &name) const;
private:
  friend class Parser;
  Document();
  Node *root_;
  const char *error_;
};
class Parser {
public:
  static Document *parse(const char *text);
};
}
//--- v2/xml.h
#include <cstddef>
#include <string>
namespace xml {
struct Node { std::string name; Node *first_child; Node *next_sibling; };
class Document {
public:
  ~Document();
  Node *root() const { return root_; }
  const char *error() const { return error_; }
  Node *find(const std::string &name) const;
  std::size_t node_count() const;
private:
  friend class Parser;
  Document();
  std::size_t node_count_;
  Node *root_;
  const char *error_;
};
class Parser {
public:
  static Document *parse(const char *text);
};
}
//--- v1
#include "xml.h"
namespace xml {
Document::Document() : root_(nullptr), error_(nullptr) {}
Document::~Document() { delete root_; }
Node *Document::find(const std::string &name) const {
  for (Node *n = root_ ? root_->first_child : nullptr; n; n = n->next_sibling) if (n->name == name) return n;
  return nullptr;
}
Document *Parser::parse(const char *text) {
  Document *d = new Document();
  if (!text || *text != '<') { d->error_ = "no root element"; return d; }
  d->root_ = new Node{std::string(text + 1, 4), nullptr, nullptr};
  return d;
}
}
//--- v2
#include "xml.h"
namespace xml {
Document::Document() : node_count_(0), root_(nullptr), error_(nullptr) {}
Document::~Document() { delete root_; }
Node *Document::find(const std::string &name) const {
  for (Node *n = root_ ? root_->first_child : nullptr; n; n = n->next_sibling) if (n->name == name) return n;
  return nullptr;
}
std::size_t Document::node_count() const { return node_count_; }
Document *Parser::parse(const char *text) {
  Document *d = new Document();
  if (!text || *text != '<') { d->error_ = "no root element"; return d; }
  d->root_ = new Node{std::string(text + 1, 4), nullptr, nullptr};
  d->node_count_ = 1;
  return d;
}
}
