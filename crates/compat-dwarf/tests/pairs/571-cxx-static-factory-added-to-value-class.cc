// expect: info
// why: time::Duration has an exported constructor and callers hold it by value; v2 adds the static member
// why: function Duration::from_millis(long) and nothing else: the class keeps its size, members and calling
// why: convention, and every old symbol stays. Adding a symbol is compatible (as in 231).
// abidiff: 4 disagree: abidiff reports the function Duration::from_millis added; adding a symbol is compatible (as in 231).
//--- v1/dur.h
namespace time {
class Duration {
public:
  explicit Duration(long ns);
  long seconds() const;
private:
  long ns_;
};
}
//--- v2/dur.h
namespace time {
class Duration {
public:
  explicit Duration(long ns);
  static Duration from_millis(long ms);
  long seconds() const;
private:
  long ns_;
};
}
//--- v1
#include "dur.h"
namespace time {
Duration::Duration(long ns) : ns_(ns) {}
long Duration::seconds() const { return ns_ / 1000000000L; }
}
//--- v2
#include "dur.h"
namespace time {
Duration::Duration(long ns) : ns_(ns) {}
Duration Duration::from_millis(long ms) { return Duration(ms * 1000000L); }
long Duration::seconds() const { return ns_ / 1000000000L; }
}
