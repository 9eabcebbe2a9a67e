// expect: info
// why: Session is final, so no consumer class derives from it and every vtable for it is the library's; v2
// why: appends virtual flush after the existing slots, which keep their positions, and the constructor that
// why: installs the vtable is exported. Old callers' virtual calls are unchanged; one symbol is added.
// abidiff: 12 disagree: abidiff reports a virtual function added at the end of Session's vtable; Session is final and constructed only by the library's exported code, so no existing vtable slot or caller is affected.
//--- v1/sess.h
class Session final { public: Session(); virtual ~Session(); virtual int send(const char *p, int n); int id() const; private: int id_; };
Session *open_session();
//--- v2/sess.h
class Session final { public: Session(); virtual ~Session(); virtual int send(const char *p, int n); virtual int flush(); int id() const; private: int id_; };
Session *open_session();
//--- v1
#include "sess.h"
Session::Session() : id_(1) {}
Session::~Session() {}
int Session::send(const char *p, int n) { return p ? n : -1; }
int Session::id() const { return id_; }
Session *open_session() { return new Session; }
//--- v2
#include "sess.h"
Session::Session() : id_(1) {}
Session::~Session() {}
int Session::send(const char *p, int n) { return p ? n : -1; }
int Session::flush() { return 0; }
int Session::id() const { return id_; }
Session *open_session() { return new Session; }
