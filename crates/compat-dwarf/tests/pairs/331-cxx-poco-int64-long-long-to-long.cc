// expect: breaking
// why: Poco::Int64 (Timestamp::TimeVal) is redefined from signed long long to signed long, as Poco does on LP64:
// why: the same 8-byte integer, but C++ mangles them differently (x vs l), so the exported
// why: Timestamp::Timestamp(TimeVal) and Timestamp::update(TimeVal) change symbols: binaries built against v1
// why: fail to load with undefined _ZN4Poco9TimestampC1Ex.
// abidiff: 12 agree
//--- v1/timestamp.h
namespace Poco {
typedef signed long long Int64;
class Timestamp {
public:
  typedef Int64 TimeVal;
  Timestamp();
  explicit Timestamp(TimeVal tv);
  void update(TimeVal tv);
  TimeVal epochMicroseconds() const { return _ts; }
private:
  TimeVal _ts;
};
}
//--- v2/timestamp.h
namespace Poco {
typedef signed long Int64;
class Timestamp {
public:
  typedef Int64 TimeVal;
  Timestamp();
  explicit Timestamp(TimeVal tv);
  void update(TimeVal tv);
  TimeVal epochMicroseconds() const { return _ts; }
private:
  TimeVal _ts;
};
}
//--- lib.cc
#include "timestamp.h"
namespace Poco {
Timestamp::Timestamp() : _ts(0) {}
Timestamp::Timestamp(TimeVal tv) : _ts(tv) {}
void Timestamp::update(TimeVal tv) { if (tv > _ts) _ts = tv; }
}
