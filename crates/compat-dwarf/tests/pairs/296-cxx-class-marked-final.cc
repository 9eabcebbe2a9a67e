// expect: none
// why: WriteBatch is marked final (as many libraries did when adopting C++11). It has no virtual functions, so
// why: its layout, triviality and every mangled name are unchanged; only source that derives from it stops
// why: compiling, and final is not recorded in DWARF, so no binary-visible difference exists.
// abidiff: 0 agree
//--- v1/write_batch.h
#include <string>
class WriteBatch {
public:
  WriteBatch();
  ~WriteBatch();
  void Put(const std::string &key, const std::string &value);
  int Count() const;
private:
  std::string rep_;
  int count_;
};
//--- v2/write_batch.h
#include <string>
class WriteBatch final {
public:
  WriteBatch();
  ~WriteBatch();
  void Put(const std::string &key, const std::string &value);
  int Count() const;
private:
  std::string rep_;
  int count_;
};
//--- lib.cc
#include "write_batch.h"
WriteBatch::WriteBatch() : count_(0) {}
WriteBatch::~WriteBatch() {}
void WriteBatch::Put(const std::string &key, const std::string &value) { rep_ += key; rep_ += '='; rep_ += value; rep_ += ';'; count_++; }
int WriteBatch::Count() const { return count_; }
