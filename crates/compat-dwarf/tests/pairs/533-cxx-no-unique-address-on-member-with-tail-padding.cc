// expect: none
// why: (This expectation was first written as breaking and corrected after compat ran: the pairs are built with
// why: g++'s default -std=gnu++17, where GCC 12 accepts [[no_unique_address]] silently and ignores it, so v2's
// why: Packet is still 12 bytes with flags at byte 8, the same layout as v1's. Under -std=c++20 the reasoning
// why: below holds and the change is breaking.)
// why: net::Packet is a plain struct the caller fills and passes by const reference to net::send(const Packet &).
// why: v2 marks its header member [[no_unique_address]]: Header (int id; char kind; and a user-declared default
// why: constructor, so not POD for layout) is 8 bytes with 3 bytes of tail padding, and the attribute lets the next member, char flags, live in that padding, so flags moves from
// why: byte 8 to 5 and Packet shrinks from 12 to 8 bytes: the library reads an old caller's flags from padding.
// abidiff: 0 agree
//--- v1/net.h
namespace net {
struct Header { Header() = default; int id; char kind; };
struct Packet { Header header; char flags; };
int send(const Packet &p);
}
//--- v2/net.h
namespace net {
struct Header { Header() = default; int id; char kind; };
struct Packet { [[no_unique_address]] Header header; char flags; };
int send(const Packet &p);
}
//--- v1
#include "net.h"
namespace net {
int send(const Packet &p) { return p.header.id * 16 + p.header.kind + (p.flags & 1); }
}
//--- v2
#include "net.h"
namespace net {
int send(const Packet &p) { return p.header.id * 16 + p.header.kind + (p.flags & 1); }
}
