// expect: breaking
// why: Socket, a class with exported member functions and an inline constructor, now derives from Stream,
// why: which has a member: Socket's own fd moves from byte 0 to byte 8 and its size from 4 to 16, so
// why: consumers' inline code and allocations are wrong.
// abidiff: 4 agree
//--- v1/sock.h
class Socket { public: Socket() : fd(-1) {} int open(int port); int send(const char *p, int n); private: int fd; };
//--- v2/sock.h
struct Stream { long bytes; Stream() : bytes(0) {} };
class Socket : public Stream { public: Socket() : fd(-1) {} int open(int port); int send(const char *p, int n); private: int fd; };
//--- v1
#include "sock.h"
int Socket::open(int port) { fd = port; return fd; }
int Socket::send(const char *p, int n) { return p ? n + fd : -1; }
//--- v2
#include "sock.h"
int Socket::open(int port) { fd = port; return fd; }
int Socket::send(const char *p, int n) { bytes += n; return p ? n + fd : -1; }
