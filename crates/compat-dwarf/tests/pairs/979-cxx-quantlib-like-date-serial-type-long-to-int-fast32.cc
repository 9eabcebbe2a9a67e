// expect: none
// why: QuantLib::Date::serial_type goes from typedef long (BigInteger) to typedef std::int_fast32_t, as QuantLib did.
// why: On x86-64 glibc std::int_fast32_t is itself a typedef of long, so Date's member serialNumber_, the constructor
// why: Date(serial_type), serialNumber() and operator+(serial_type) keep their types, layout and mangled names
// why: (_ZN8QuantLib4DateC1El, ...): the same type through a different typedef chain.
// abidiff: 0 agree
//--- v1/date.h
namespace QuantLib {
typedef long BigInteger;
class Date {
public:
    typedef BigInteger serial_type;
    Date();
    explicit Date(serial_type serialNumber);
    serial_type serialNumber() const;
    Date operator+(serial_type days) const;
    int weekday() const;
private:
    serial_type serialNumber_;
};
}
//--- v2/date.h
#include <cstdint>
namespace QuantLib {
typedef long BigInteger;
class Date {
public:
    typedef std::int_fast32_t serial_type;
    Date();
    explicit Date(serial_type serialNumber);
    serial_type serialNumber() const;
    Date operator+(serial_type days) const;
    int weekday() const;
private:
    serial_type serialNumber_;
};
}
//--- lib.cc
#include "date.h"
namespace QuantLib {
Date::Date() : serialNumber_(0) {}
Date::Date(serial_type serialNumber) : serialNumber_(serialNumber) {}
Date::serial_type Date::serialNumber() const { return serialNumber_; }
Date Date::operator+(serial_type days) const { return Date(serialNumber_ + days); }
int Date::weekday() const { int w = static_cast<int>(serialNumber_ % 7); return w == 0 ? 7 : w; }
}
