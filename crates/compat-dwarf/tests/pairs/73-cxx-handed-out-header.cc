// expect: warning
// why: Session is declared with its members in the header, has no member functions and is only created
// why: by open_session: consumers may read s->port (which moved) or may only pass the pointer back;
// why: undecided without the public headers.
// abidiff: 4 agree
//--- v1/s.h
namespace net { struct Session { int fd; int port; }; Session *open_session(); int port_of(const Session *s); }
//--- v2/s.h
namespace net { struct Session { int fd; long bytes; int port; }; Session *open_session(); int port_of(const Session *s); }
//--- v1
#include "s.h"
namespace net { Session *open_session() { return new Session(); } int port_of(const Session *s) { return s->port; } }
//--- v2
#include "s.h"
namespace net { Session *open_session() { return new Session(); } int port_of(const Session *s) { return s->port; } }
