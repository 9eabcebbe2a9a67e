// expect: info
// why: pugi::xml_node gains an overload attribute(const char *name, xml_attribute &hint) const (pugixml 1.9); the
// why: existing attribute(const char *) keeps its mangled symbol and both classes keep their single pointer
// why: member. Adding an overload is compatible (as in 204).
// abidiff: 4 disagree: abidiff reports one added function, which is compatible.
//--- v1/pugixml.h
namespace pugi {
struct xml_attribute_struct;
struct xml_node_struct;
class xml_attribute {
public:
  xml_attribute();
  explicit xml_attribute(xml_attribute_struct *attr);
  const char *value() const;
private:
  xml_attribute_struct *_attr;
};
class xml_node {
public:
  xml_node();
  explicit xml_node(xml_node_struct *p);
  xml_attribute attribute(const char *name) const;
private:
  xml_node_struct *_root;
};
}
//--- v2/pugixml.h
namespace pugi {
struct xml_attribute_struct;
struct xml_node_struct;
class xml_attribute {
public:
  xml_attribute();
  explicit xml_attribute(xml_attribute_struct *attr);
  const char *value() const;
private:
  xml_attribute_struct *_attr;
};
class xml_node {
public:
  xml_node();
  explicit xml_node(xml_node_struct *p);
  xml_attribute attribute(const char *name) const;
  xml_attribute attribute(const char *name, xml_attribute &hint) const;
private:
  xml_node_struct *_root;
};
}
//--- v1
#include <cstring>
#include "pugixml.h"
namespace pugi {
struct xml_attribute_struct { const char *name; const char *value; xml_attribute_struct *next; };
struct xml_node_struct { const char *name; xml_attribute_struct *first_attribute; };
xml_attribute::xml_attribute() : _attr(nullptr) {}
xml_attribute::xml_attribute(xml_attribute_struct *attr) : _attr(attr) {}
const char *xml_attribute::value() const { return _attr ? _attr->value : ""; }
xml_node::xml_node() : _root(nullptr) {}
xml_node::xml_node(xml_node_struct *p) : _root(p) {}
xml_attribute xml_node::attribute(const char *name) const {
  for (xml_attribute_struct *a = _root ? _root->first_attribute : nullptr; a; a = a->next) if (std::strcmp(a->name, name) == 0) return xml_attribute(a);
  return xml_attribute();
}
}
//--- v2
#include <cstring>
#include "pugixml.h"
namespace pugi {
struct xml_attribute_struct { const char *name; const char *value; xml_attribute_struct *next; };
struct xml_node_struct { const char *name; xml_attribute_struct *first_attribute; };
xml_attribute::xml_attribute() : _attr(nullptr) {}
xml_attribute::xml_attribute(xml_attribute_struct *attr) : _attr(attr) {}
const char *xml_attribute::value() const { return _attr ? _attr->value : ""; }
xml_node::xml_node() : _root(nullptr) {}
xml_node::xml_node(xml_node_struct *p) : _root(p) {}
xml_attribute xml_node::attribute(const char *name) const {
  for (xml_attribute_struct *a = _root ? _root->first_attribute : nullptr; a; a = a->next) if (std::strcmp(a->name, name) == 0) return xml_attribute(a);
  return xml_attribute();
}
xml_attribute xml_node::attribute(const char *name, xml_attribute &hint) const {
  xml_attribute found = attribute(name);
  hint = found;
  return found;
}
}
