// expect: warning
// why: Exiv2::Value is a polymorphic class the library creates (Value::create hands out a std::unique_ptr) and
// why: consumers call through its vtable. Exiv2 0.28 changes the results of the virtuals count() and size(), and of
// why: StringValueBase's exported overrides, from long to size_t: the same 8 bytes in %rax, the same vtable slots (4
// why: and 5) and the same symbols (_ZNK5Exiv215StringValueBase5countEv: return types are not mangled), but the
// why: values go from signed to unsigned, a same-size signedness change of results (as in 109 and 244), not a layout
// why: break.
// abidiff: 4 agree
//--- v1/value.hpp
#include <memory>
#include <string>
namespace Exiv2 {
enum TypeId { invalidTypeId = 0, unsignedByte = 1, asciiString = 2, unsignedShort = 3, unsignedLong = 4, comment = 0x10000 };
class Value {
public:
  using UniquePtr = std::unique_ptr<Value>;
  explicit Value(TypeId typeId);
  virtual ~Value();
  virtual int read(const std::string &buf) = 0;
  virtual std::string toString() const;
  virtual long count() const = 0;
  virtual long size() const = 0;
  TypeId typeId() const { return type_; }
  static UniquePtr create(TypeId typeId);
private:
  TypeId type_;
};
class StringValueBase : public Value {
public:
  StringValueBase(TypeId typeId, const std::string &buf);
  ~StringValueBase() override;
  int read(const std::string &buf) override;
  std::string toString() const override;
  long count() const override;
  long size() const override;
protected:
  std::string value_;
};
}
//--- v2/value.hpp
#include <memory>
#include <string>
namespace Exiv2 {
enum TypeId { invalidTypeId = 0, unsignedByte = 1, asciiString = 2, unsignedShort = 3, unsignedLong = 4, comment = 0x10000 };
class Value {
public:
  using UniquePtr = std::unique_ptr<Value>;
  explicit Value(TypeId typeId);
  virtual ~Value();
  virtual int read(const std::string &buf) = 0;
  virtual std::string toString() const;
  virtual size_t count() const = 0;
  virtual size_t size() const = 0;
  TypeId typeId() const { return type_; }
  static UniquePtr create(TypeId typeId);
private:
  TypeId type_;
};
class StringValueBase : public Value {
public:
  StringValueBase(TypeId typeId, const std::string &buf);
  ~StringValueBase() override;
  int read(const std::string &buf) override;
  std::string toString() const override;
  size_t count() const override;
  size_t size() const override;
protected:
  std::string value_;
};
}
//--- v1
#include "value.hpp"
namespace Exiv2 {
Value::Value(TypeId typeId) : type_(typeId) {}
Value::~Value() {}
std::string Value::toString() const { return std::string(); }
Value::UniquePtr Value::create(TypeId typeId) { return UniquePtr(new StringValueBase(typeId, std::string())); }
StringValueBase::StringValueBase(TypeId typeId, const std::string &buf) : Value(typeId), value_(buf) {}
StringValueBase::~StringValueBase() {}
int StringValueBase::read(const std::string &buf) { value_ = buf; return 0; }
std::string StringValueBase::toString() const { return value_; }
long StringValueBase::count() const { return size(); }
long StringValueBase::size() const { return static_cast<long>(value_.size()); }
}
//--- v2
#include "value.hpp"
namespace Exiv2 {
Value::Value(TypeId typeId) : type_(typeId) {}
Value::~Value() {}
std::string Value::toString() const { return std::string(); }
Value::UniquePtr Value::create(TypeId typeId) { return UniquePtr(new StringValueBase(typeId, std::string())); }
StringValueBase::StringValueBase(TypeId typeId, const std::string &buf) : Value(typeId), value_(buf) {}
StringValueBase::~StringValueBase() {}
int StringValueBase::read(const std::string &buf) { value_ = buf; return 0; }
std::string StringValueBase::toString() const { return value_; }
size_t StringValueBase::count() const { return size(); }
size_t StringValueBase::size() const { return value_.size(); }
}
