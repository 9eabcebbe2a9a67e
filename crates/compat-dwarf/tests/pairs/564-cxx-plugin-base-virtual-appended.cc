// expect: breaking
// why: host::Plugin is a base class plugins derive from (a protected inline constructor, pure virtuals) and the host
// why: calls through host::load(Plugin &). v2 appends virtual void on_idle() to it and the host calls it: plugins
// why: compiled against v1 have vtables without that slot, so the host calls past their end.
// abidiff: 4 agree
//--- v1/plugin.h
namespace host {
class Plugin {
public:
  virtual ~Plugin();
  virtual const char *name() const = 0;
  virtual int process(float *buf, int n) = 0;
protected:
  Plugin() {}
};
int load(Plugin &p);
}
//--- v2/plugin.h
namespace host {
class Plugin {
public:
  virtual ~Plugin();
  virtual const char *name() const = 0;
  virtual int process(float *buf, int n) = 0;
  virtual void on_idle() {}
protected:
  Plugin() {}
};
int load(Plugin &p);
}
//--- v1
#include "plugin.h"
namespace host {
Plugin::~Plugin() {}
int load(Plugin &p) { float b[4] = {0, 0, 0, 0}; return p.name() ? p.process(b, 4) : -1; }
}
//--- v2
#include "plugin.h"
namespace host {
Plugin::~Plugin() {}
int load(Plugin &p) { float b[4] = {0, 0, 0, 0}; int r = p.name() ? p.process(b, 4) : -1; p.on_idle(); return r; }
}
