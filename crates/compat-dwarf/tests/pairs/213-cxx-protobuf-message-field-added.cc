// expect: breaking
// why: Person is a protobuf-style generated message: virtual functions, inline accessors reading its fields,
// why: and consumers construct it themselves (exported constructor, objects on the stack or as members).
// why: Regenerating it with a new field email_ grows it from 32 to 40 bytes, so old consumers' objects are too
// why: small for the library's constructor and ByteSize.
// abidiff: 4 agree
//--- v1/person.pb.h
#include <cstdint>
class MessageLite { public: virtual ~MessageLite(); virtual int ByteSize() const = 0; };
class Person : public MessageLite {
public:
  Person(); ~Person() override; int ByteSize() const override;
  int32_t id() const { return id_; } const char *name() const { return name_; }
private:
  uint32_t _has_bits_[1]; int32_t id_; const char *name_; mutable int _cached_size_;
};
//--- v2/person.pb.h
#include <cstdint>
class MessageLite { public: virtual ~MessageLite(); virtual int ByteSize() const = 0; };
class Person : public MessageLite {
public:
  Person(); ~Person() override; int ByteSize() const override;
  int32_t id() const { return id_; } const char *name() const { return name_; } const char *email() const { return email_; }
private:
  uint32_t _has_bits_[1]; int32_t id_; const char *name_; const char *email_; mutable int _cached_size_;
};
//--- v1
#include "person.pb.h"
MessageLite::~MessageLite() {}
Person::Person() : _has_bits_{0}, id_(0), name_(""), _cached_size_(0) {}
Person::~Person() {}
int Person::ByteSize() const { int n = 2; for (const char *p = name_; *p; p++) n++; _cached_size_ = n; return n; }
//--- v2
#include "person.pb.h"
MessageLite::~MessageLite() {}
Person::Person() : _has_bits_{0}, id_(0), name_(""), email_(""), _cached_size_(0) {}
Person::~Person() {}
int Person::ByteSize() const { int n = 2; for (const char *p = name_; *p; p++) n++; for (const char *p = email_; *p; p++) n++; _cached_size_ = n; return n; }
