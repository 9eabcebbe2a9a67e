// expect: info
// why: url_parse's string parameter goes from char * to const char *: the same pointer in the same register
// why: and an unchanged C symbol, so binaries are unaffected; the library now promises not to write
// why: through it, an API change a reader should know (no semantic risk for callers).
// abidiff: 0 agree
//--- v1/url.h
int url_parse(char *s, int *port);
//--- v2/url.h
int url_parse(const char *s, int *port);
//--- v1
#include "url.h"
int url_parse(char *s, int *port) { *port = s[0] == 'h' ? 80 : 0; return 0; }
//--- v2
#include "url.h"
int url_parse(const char *s, int *port) { *port = s[0] == 'h' ? 80 : 0; return 0; }
