// expect: breaking
// why: Json::Reader has an exported constructor and is meant to live on the caller's stack (Json::Reader reader;
// why: reader.parse(doc, root)); the caller reserves sizeof(Reader) and the library's constructor fills it. v2
// why: inserts a private Features features_ member before document_: the class grows and every later private
// why: member moves, so the library's constructor writes past an old caller's object.
// abidiff: 4 agree
//--- reader.h
#include <string>
namespace Json {
class Value {
public:
  Value();
  ~Value();
  int type() const;
private:
  int type_;
  std::string str_;
};
class Features {
public:
  Features();
  bool allowComments_;
  bool strictRoot_;
  bool allowDroppedNullPlaceholders_;
  bool allowNumericKeys_;
};
class Reader {
public:
  Reader();
  bool parse(const std::string &document, Value &root, bool collectComments = true);
  std::string getFormattedErrorMessages() const;
private:
#ifdef V2
  Features features_;
#endif
  std::string document_;
  const char *begin_;
  const char *end_;
  const char *current_;
  std::string commentsBefore_;
  bool collectComments_;
};
}
//--- v1
#include "reader.h"
namespace Json {
Value::Value() : type_(0) {}
Value::~Value() {}
int Value::type() const { return type_; }
Features::Features() : allowComments_(true), strictRoot_(false), allowDroppedNullPlaceholders_(false), allowNumericKeys_(false) {}
Reader::Reader() : begin_(nullptr), end_(nullptr), current_(nullptr), collectComments_(true) {}
bool Reader::parse(const std::string &document, Value &root, bool collectComments) {
  (void)root;
  document_ = document; begin_ = document_.data(); end_ = begin_ + document_.size(); current_ = begin_;
  collectComments_ = collectComments; commentsBefore_.clear();
  return !document_.empty() && (document_[0] == '{' || document_[0] == '[');
}
std::string Reader::getFormattedErrorMessages() const { return current_ == end_ ? std::string() : "* Line 1, Column 1\n  Syntax error\n"; }
}
//--- v2
#define V2
#include "reader.h"
namespace Json {
Value::Value() : type_(0) {}
Value::~Value() {}
int Value::type() const { return type_; }
Features::Features() : allowComments_(true), strictRoot_(false), allowDroppedNullPlaceholders_(false), allowNumericKeys_(false) {}
Reader::Reader() : features_(), begin_(nullptr), end_(nullptr), current_(nullptr), collectComments_(true) {}
bool Reader::parse(const std::string &document, Value &root, bool collectComments) {
  (void)root;
  document_ = document; begin_ = document_.data(); end_ = begin_ + document_.size(); current_ = begin_;
  collectComments_ = collectComments && features_.allowComments_; commentsBefore_.clear();
  if (features_.strictRoot_ && document_[0] != '{') return false;
  return !document_.empty() && (document_[0] == '{' || document_[0] == '[');
}
std::string Reader::getFormattedErrorMessages() const { return current_ == end_ ? std::string() : "* Line 1, Column 1\n  Syntax error\n"; }
}
