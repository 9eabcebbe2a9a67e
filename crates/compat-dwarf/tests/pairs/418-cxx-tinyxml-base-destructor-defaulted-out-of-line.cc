// expect: none
// why: A modernisation pass defines TiXmlBase's virtual destructor as TiXmlBase::~TiXmlBase() = default; in
// why: tinyxml.cpp instead of an empty body, keeping the declaration virtual ~TiXmlBase(); in the header, and does
// why: the same for TiXmlComment's overriding destructor. A function defaulted on its definition rather than its
// why: first declaration is still user-provided, the class has a vtable anyway, and the definition stays out of
// why: line: the same D0/D1/D2 symbols, the same vtable and the same layout and calling conventions for TiXmlBase
// why: and TiXmlComment (unlike 208 or 368, nothing's triviality changes).
// abidiff: 0 agree
//--- tinyxml.h
#include <cstdio>
#include <string>
class TiXmlBase {
public:
  TiXmlBase();
  virtual ~TiXmlBase();
  virtual void Print(FILE *cfile, int depth) const = 0;
  int Row() const { return location.row + 1; }
  int Column() const { return location.col + 1; }
  void SetUserData(void *user) { userData = user; }
  void *GetUserData() { return userData; }
  static void SetCondenseWhiteSpace(bool condense);
  static bool IsWhiteSpaceCondensed();
protected:
  struct TiXmlCursor { int row; int col; } location;
  void *userData;
  static bool condenseWhiteSpace;
};
class TiXmlComment : public TiXmlBase {
public:
  TiXmlComment();
  explicit TiXmlComment(const char *value);
  ~TiXmlComment() override;
  void Print(FILE *cfile, int depth) const override;
  const char *Value() const { return value.c_str(); }
  void SetValue(const char *v);
private:
  std::string value;
};
//--- v1
#include "tinyxml.h"
bool TiXmlBase::condenseWhiteSpace = true;
TiXmlBase::TiXmlBase() : location{-1, -1}, userData(nullptr) {}
TiXmlBase::~TiXmlBase() {}
void TiXmlBase::SetCondenseWhiteSpace(bool condense) { condenseWhiteSpace = condense; }
bool TiXmlBase::IsWhiteSpaceCondensed() { return condenseWhiteSpace; }
TiXmlComment::TiXmlComment() {}
TiXmlComment::TiXmlComment(const char *v) : value(v) {}
TiXmlComment::~TiXmlComment() {}
void TiXmlComment::Print(FILE *cfile, int depth) const { for (int i = 0; i < depth; i++) std::fputs("    ", cfile); std::fprintf(cfile, "<!--%s-->", value.c_str()); }
void TiXmlComment::SetValue(const char *v) { value = v; }
//--- v2
#include "tinyxml.h"
bool TiXmlBase::condenseWhiteSpace = true;
TiXmlBase::TiXmlBase() : location{-1, -1}, userData(nullptr) {}
TiXmlBase::~TiXmlBase() = default;
void TiXmlBase::SetCondenseWhiteSpace(bool condense) { condenseWhiteSpace = condense; }
bool TiXmlBase::IsWhiteSpaceCondensed() { return condenseWhiteSpace; }
TiXmlComment::TiXmlComment() {}
TiXmlComment::TiXmlComment(const char *v) : value(v) {}
TiXmlComment::~TiXmlComment() = default;
void TiXmlComment::Print(FILE *cfile, int depth) const { for (int i = 0; i < depth; i++) std::fputs("    ", cfile); std::fprintf(cfile, "<!--%s-->", value.c_str()); }
void TiXmlComment::SetValue(const char *v) { value = v; }
