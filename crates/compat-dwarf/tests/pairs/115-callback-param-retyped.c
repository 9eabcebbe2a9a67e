// expect: breaking
// why: The progress callback callers register with http_download changes from (void *, double fraction) to
// why: (void *, long long done, long long total): the library now passes integers in %rsi/%rdx where old
// why: callbacks read a double from %xmm0.
// abidiff: 4 agree
//--- v1/http.h
typedef int (*progress_cb)(void *user, double fraction);
int http_download(const char *url, progress_cb cb, void *user);
//--- v2/http.h
typedef int (*progress_cb)(void *user, long long done, long long total);
int http_download(const char *url, progress_cb cb, void *user);
//--- v1
#include "http.h"
int http_download(const char *url, progress_cb cb, void *user) { return url && cb ? cb(user, 1.0) : 0; }
//--- v2
#include "http.h"
int http_download(const char *url, progress_cb cb, void *user) { return url && cb ? cb(user, 100, 100) : 0; }
