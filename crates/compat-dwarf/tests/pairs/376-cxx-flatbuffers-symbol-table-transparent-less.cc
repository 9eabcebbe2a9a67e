// expect: info
// why: flatbuffers::Parser is constructed by consumers, who fill and search its structs_ symbol table through
// why: the inline Add() and Lookup(); the library's ~Parser frees the tree. v2 switches the table's std::map<
// why: std::string, T *> to the transparent comparator std::less<> so lookups can take a string_view. std::less<>
// why: and std::less<std::string> are both empty and order strings alike, so the map keeps its 48 bytes, its
// why: nodes their layout and Parser its 104 bytes and members, and no exported symbol changes. The member's
// why: type differs but has the same representation (as in 211).
// abidiff: 4 disagree: abidiff reports the type name of the dict member changed from std::map<..., std::less<std::string>> to std::map<..., std::less<void>>; both comparators are empty and order alike, so the map and Parser keep their layout.
//--- v1/idl.h
#include <cstddef>
#include <map>
#include <string>
#include <vector>
namespace flatbuffers {
struct StructDef { std::string name; bool fixed = false; std::size_t bytesize = 0; };
template <typename T> class SymbolTable {
public:
  ~SymbolTable() { for (auto it = vec.begin(); it != vec.end(); ++it) delete *it; }
  bool Add(const std::string &name, T *e) { vec.emplace_back(e); auto it = dict.find(name); if (it != dict.end()) return true; dict[name] = e; return false; }
  T *Lookup(const std::string &name) const { auto it = dict.find(name); return it == dict.end() ? nullptr : it->second; }
  std::map<std::string, T *> dict;
  std::vector<T *> vec;
};
class Parser {
public:
  Parser();
  ~Parser();
  bool Parse(const char *source);
  SymbolTable<StructDef> structs_;
  std::string error_;
};
}
//--- v2/idl.h
#include <cstddef>
#include <map>
#include <string>
#include <vector>
namespace flatbuffers {
struct StructDef { std::string name; bool fixed = false; std::size_t bytesize = 0; };
template <typename T> class SymbolTable {
public:
  ~SymbolTable() { for (auto it = vec.begin(); it != vec.end(); ++it) delete *it; }
  bool Add(const std::string &name, T *e) { vec.emplace_back(e); auto it = dict.find(name); if (it != dict.end()) return true; dict[name] = e; return false; }
  T *Lookup(const std::string &name) const { auto it = dict.find(name); return it == dict.end() ? nullptr : it->second; }
  std::map<std::string, T *, std::less<>> dict;
  std::vector<T *> vec;
};
class Parser {
public:
  Parser();
  ~Parser();
  bool Parse(const char *source);
  SymbolTable<StructDef> structs_;
  std::string error_;
};
}
//--- lib.cc
#include <cstring>
#include "idl.h"
namespace flatbuffers {
Parser::Parser() {}
Parser::~Parser() {}
bool Parser::Parse(const char *source) {
  const char *p = source;
  while ((p = std::strstr(p, "struct ")) != nullptr) {
    p += 7;
    std::size_t n = std::strcspn(p, " {");
    StructDef *def = new StructDef;
    def->name.assign(p, n); def->fixed = true;
    for (StructDef *other : structs_.vec)
      if (other->name == def->name) { delete def; error_ = "datatype already exists: " + other->name; return false; }
    structs_.vec.push_back(def);
    p += n;
  }
  return true;
}
}
