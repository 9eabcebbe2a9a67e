// expect: info
// why: struct mg_str is mongoose's string view, passed and returned by value everywhere (mg_str, mg_str_n,
// why: mg_strcmp, mg_strdup) and embedded in the caller-visible mg_http_message. Mongoose 7.14 renames its first
// why: member from const char *ptr to char *buf: the same 8-byte pointer at byte 0, len still at byte 8, the struct
// why: still 16 bytes of class INTEGER returned in %rax:%rdx and passed in two registers. Old binaries read and
// why: write the same bytes; sources that name .ptr no longer compile, and the pointee lost its const (policy:
// why: pointee qualifiers are info), so it is an API change only (as in 155 and 264).
// abidiff: 0 agree
//--- v1/mongoose.h
#include <stddef.h>
struct mg_str { const char *ptr; size_t len; };
struct mg_http_header { struct mg_str name; struct mg_str value; };
struct mg_http_message { struct mg_str method, uri, query, proto; struct mg_http_header headers[30]; struct mg_str body; struct mg_str head; struct mg_str message; };
struct mg_str mg_str(const char *s);
struct mg_str mg_str_n(const char *s, size_t n);
int mg_strcmp(const struct mg_str str1, const struct mg_str str2);
struct mg_str mg_strdup(const struct mg_str s);
struct mg_str *mg_http_get_header(struct mg_http_message *h, const char *name);
int mg_http_parse(const char *s, size_t len, struct mg_http_message *hm);
//--- v2/mongoose.h
#include <stddef.h>
struct mg_str { char *buf; size_t len; };
struct mg_http_header { struct mg_str name; struct mg_str value; };
struct mg_http_message { struct mg_str method, uri, query, proto; struct mg_http_header headers[30]; struct mg_str body; struct mg_str head; struct mg_str message; };
struct mg_str mg_str(const char *s);
struct mg_str mg_str_n(const char *s, size_t n);
int mg_strcmp(const struct mg_str str1, const struct mg_str str2);
struct mg_str mg_strdup(const struct mg_str s);
struct mg_str *mg_http_get_header(struct mg_http_message *h, const char *name);
int mg_http_parse(const char *s, size_t len, struct mg_http_message *hm);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "mongoose.h"
struct mg_str mg_str(const char *s) { struct mg_str str = { s, s ? strlen(s) : 0 }; return str; }
struct mg_str mg_str_n(const char *s, size_t n) { struct mg_str str = { s, n }; return str; }
int mg_strcmp(const struct mg_str str1, const struct mg_str str2) {
  size_t i = 0;
  while (i < str1.len && i < str2.len) {
    int c1 = str1.ptr[i], c2 = str2.ptr[i];
    if (c1 < c2) return -1;
    if (c1 > c2) return 1;
    i++;
  }
  return i < str1.len ? 1 : i < str2.len ? -1 : 0;
}
struct mg_str mg_strdup(const struct mg_str s) {
  struct mg_str r = { NULL, 0 };
  char *sc = s.len ? calloc(1, s.len + 1) : NULL;
  if (sc) { memcpy(sc, s.ptr, s.len); r.ptr = sc; r.len = s.len; }
  return r;
}
struct mg_str *mg_http_get_header(struct mg_http_message *h, const char *name) {
  for (size_t i = 0; i < 30 && h->headers[i].name.len > 0; i++)
    if (mg_strcmp(h->headers[i].name, mg_str(name)) == 0) return &h->headers[i].value;
  return NULL;
}
int mg_http_parse(const char *s, size_t len, struct mg_http_message *hm) {
  const char *sp = memchr(s, ' ', len);
  memset(hm, 0, sizeof *hm);
  if (!sp) return -1;
  hm->method = mg_str_n(s, (size_t)(sp - s)); hm->message = mg_str_n(s, len); hm->head = hm->message;
  return (int)len;
}
//--- v2
#include <stdlib.h>
#include <string.h>
#include "mongoose.h"
struct mg_str mg_str(const char *s) { struct mg_str str = { (char *)s, s ? strlen(s) : 0 }; return str; }
struct mg_str mg_str_n(const char *s, size_t n) { struct mg_str str = { (char *)s, n }; return str; }
int mg_strcmp(const struct mg_str str1, const struct mg_str str2) {
  size_t i = 0;
  while (i < str1.len && i < str2.len) {
    int c1 = str1.buf[i], c2 = str2.buf[i];
    if (c1 < c2) return -1;
    if (c1 > c2) return 1;
    i++;
  }
  return i < str1.len ? 1 : i < str2.len ? -1 : 0;
}
struct mg_str mg_strdup(const struct mg_str s) {
  struct mg_str r = { NULL, 0 };
  char *sc = s.len ? calloc(1, s.len + 1) : NULL;
  if (sc) { memcpy(sc, s.buf, s.len); r.buf = sc; r.len = s.len; }
  return r;
}
struct mg_str *mg_http_get_header(struct mg_http_message *h, const char *name) {
  for (size_t i = 0; i < 30 && h->headers[i].name.len > 0; i++)
    if (mg_strcmp(h->headers[i].name, mg_str(name)) == 0) return &h->headers[i].value;
  return NULL;
}
int mg_http_parse(const char *s, size_t len, struct mg_http_message *hm) {
  const char *sp = memchr(s, ' ', len);
  memset(hm, 0, sizeof *hm);
  if (!sp) return -1;
  hm->method = mg_str_n(s, (size_t)(sp - s)); hm->message = mg_str_n(s, len); hm->head = hm->message;
  return (int)len;
}
