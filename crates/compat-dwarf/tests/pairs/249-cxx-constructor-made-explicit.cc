// expect: info
// why: Duration's converting constructor becomes explicit: same symbol (_ZN8DurationC1El), same layout, so
// why: binaries are unaffected; but source relying on the implicit conversion (sleep_for(500)) no longer
// why: compiles, an API change a reader should see (as in 215).
// abidiff: 0 agree
//--- v1/duration.h
class Duration {
public:
  Duration(long ms);
  long ms() const;
private:
  long ms_;
};
int sleep_for(Duration d);
//--- v2/duration.h
class Duration {
public:
  explicit Duration(long ms);
  long ms() const;
private:
  long ms_;
};
int sleep_for(Duration d);
//--- v1
#include "duration.h"
Duration::Duration(long ms) : ms_(ms) {}
long Duration::ms() const { return ms_; }
int sleep_for(Duration d) { return d.ms() > 0; }
//--- v2
#include "duration.h"
Duration::Duration(long ms) : ms_(ms) {}
long Duration::ms() const { return ms_; }
int sleep_for(Duration d) { return d.ms() > 0; }
