// expect: breaking
// why: Person::name returns std::string by value instead of const std::string &: the mangled name
// why: (_ZNK6Person4nameB5cxx11Ev) is unchanged, but old callers expect a pointer in %rax and pass no
// why: hidden return slot, while the library now constructs the string through %rdi, which holds this.
// abidiff: 4 agree
//--- v1/person.h
#include <string>
class Person {
public:
  explicit Person(const char *name);
  const std::string &name() const;
private:
  std::string name_;
};
//--- v2/person.h
#include <string>
class Person {
public:
  explicit Person(const char *name);
  std::string name() const;
private:
  std::string name_;
};
//--- v1
#include "person.h"
Person::Person(const char *name) : name_(name) {}
const std::string &Person::name() const { return name_; }
//--- v2
#include "person.h"
Person::Person(const char *name) : name_(name) {}
std::string Person::name() const { return name_; }
