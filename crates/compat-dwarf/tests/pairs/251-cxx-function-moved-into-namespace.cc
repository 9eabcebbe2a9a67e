// expect: breaking
// why: parse_url moves from the global namespace into namespace kio: its mangled name changes from
// why: _Z9parse_urlPKcP3Url to _ZN3kio9parse_urlEPKcP3Url, so old binaries fail to resolve it.
// abidiff: 12 agree
//--- v1/url.h
struct Url { int port; int scheme; };
int parse_url(const char *text, Url *out);
//--- v2/url.h
struct Url { int port; int scheme; };
namespace kio { int parse_url(const char *text, Url *out); }
//--- v1
#include "url.h"
int parse_url(const char *text, Url *out) { out->port = text ? 80 : 0; out->scheme = 1; return 0; }
//--- v2
#include "url.h"
namespace kio { int parse_url(const char *text, Url *out) { out->port = text ? 80 : 0; out->scheme = 1; return 0; } }
