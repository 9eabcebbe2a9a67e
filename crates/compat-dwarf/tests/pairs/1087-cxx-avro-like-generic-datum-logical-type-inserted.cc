// expect: breaking
// why: avro::GenericDatum is a value type consumers create, copy and read inline (GenericDatum d(int64_t(5));
// why: d.value<int64_t>(); d.type()): its constructors and accessors are defined in the header, and the library
// why: takes and returns it by reference and by value. Avro C++ 1.10 inserts LogicalType logicalType_ (12 bytes)
// why: after type_, so the held value moves from byte 8 to byte 16 and the class grows from 16 to 24 bytes: old
// why: inline code and the library disagree on where the value is.
// abidiff: 4 agree
//--- v1/GenericDatum.h
#include <cstdint>
#include <string>
namespace avro {
enum Type { AVRO_STRING, AVRO_BYTES, AVRO_INT, AVRO_LONG, AVRO_FLOAT, AVRO_DOUBLE, AVRO_BOOL, AVRO_NULL };
class GenericDatum {
protected:
    Type type_;
    union { int64_t l; double d; bool b; } value_;
public:
    GenericDatum() : type_(AVRO_NULL) { value_.l = 0; }
    explicit GenericDatum(int64_t v) : type_(AVRO_LONG) { value_.l = v; }
    explicit GenericDatum(double v) : type_(AVRO_DOUBLE) { value_.d = v; }
    Type type() const { return type_; }
    int64_t longValue() const { return value_.l; }
    double doubleValue() const { return value_.d; }
};
void encodeDatum(const GenericDatum &d, std::string &out);
GenericDatum decodeDatum(const std::string &in);
}
//--- v2/GenericDatum.h
#include <cstdint>
#include <string>
namespace avro {
enum Type { AVRO_STRING, AVRO_BYTES, AVRO_INT, AVRO_LONG, AVRO_FLOAT, AVRO_DOUBLE, AVRO_BOOL, AVRO_NULL };
class LogicalType {
public:
    enum Type { NONE, DECIMAL, DATE, TIME_MILLIS, TIME_MICROS, TIMESTAMP_MILLIS, TIMESTAMP_MICROS, DURATION, UUID };
    explicit LogicalType(Type type) : type_(type), precision_(0), scale_(0) {}
    Type type() const { return type_; }
private:
    Type type_;
    int precision_;
    int scale_;
};
class GenericDatum {
protected:
    Type type_;
    LogicalType logicalType_;
    union { int64_t l; double d; bool b; } value_;
public:
    GenericDatum() : type_(AVRO_NULL), logicalType_(LogicalType::NONE) { value_.l = 0; }
    explicit GenericDatum(int64_t v) : type_(AVRO_LONG), logicalType_(LogicalType::NONE) { value_.l = v; }
    explicit GenericDatum(double v) : type_(AVRO_DOUBLE), logicalType_(LogicalType::NONE) { value_.d = v; }
    Type type() const { return type_; }
    LogicalType logicalType() const { return logicalType_; }
    int64_t longValue() const { return value_.l; }
    double doubleValue() const { return value_.d; }
};
void encodeDatum(const GenericDatum &d, std::string &out);
GenericDatum decodeDatum(const std::string &in);
}
//--- lib.cc
#include <cstring>
#include "GenericDatum.h"
namespace avro {
void encodeDatum(const GenericDatum &d, std::string &out) {
    out.push_back(static_cast<char>(d.type()));
    int64_t bits = d.longValue();
    out.append(reinterpret_cast<const char *>(&bits), sizeof bits);
}
GenericDatum decodeDatum(const std::string &in) {
    if (in.size() < 9) return GenericDatum();
    int64_t bits;
    std::memcpy(&bits, in.data() + 1, sizeof bits);
    if (in[0] == AVRO_DOUBLE) { double v; std::memcpy(&v, &bits, sizeof v); return GenericDatum(v); }
    return GenericDatum(bits);
}
}
