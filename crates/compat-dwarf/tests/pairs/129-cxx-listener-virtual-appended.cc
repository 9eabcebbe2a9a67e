// expect: breaking
// why: Listener is an interface consumers implement (pure virtual on_data) and register with bus_subscribe;
// why: v2 appends virtual on_close and the library calls it: old consumers' vtables have no such slot, so the
// why: library calls whatever follows their vtable.
// abidiff: 4 agree
//--- v1/bus.h
class Listener { public: virtual ~Listener(); virtual void on_data(const char *p, int n) = 0; };
void bus_subscribe(Listener *l);
void bus_publish(const char *p, int n);
//--- v2/bus.h
class Listener { public: virtual ~Listener(); virtual void on_data(const char *p, int n) = 0; virtual void on_close(); };
void bus_subscribe(Listener *l);
void bus_publish(const char *p, int n);
//--- v1
#include "bus.h"
static Listener *subs[8];
static int nsubs;
Listener::~Listener() {}
void bus_subscribe(Listener *l) { if (nsubs < 8) subs[nsubs++] = l; }
void bus_publish(const char *p, int n) { for (int i = 0; i < nsubs; i++) subs[i]->on_data(p, n); }
//--- v2
#include "bus.h"
static Listener *subs[8];
static int nsubs;
Listener::~Listener() {}
void Listener::on_close() {}
void bus_subscribe(Listener *l) { if (nsubs < 8) subs[nsubs++] = l; }
void bus_publish(const char *p, int n) { for (int i = 0; i < nsubs; i++) { subs[i]->on_data(p, n); if (!p) subs[i]->on_close(); } }
