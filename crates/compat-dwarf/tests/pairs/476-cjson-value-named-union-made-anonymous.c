// expect: info
// why: struct json_value is returned by value from json_parse_number and json_make_string (24 bytes, MEMORY class
// why: both times) and its union member u becomes an anonymous union with the same three variants at the same
// why: offset 8. Every byte is where it was, so compiled callers are unaffected; sources that wrote v.u.number must
// why: now write v.number, an API change worth a line but no binary break.
// abidiff: 0 agree
//--- v1/jv.h
#include <stddef.h>
enum json_kind { JSON_NULL, JSON_NUMBER, JSON_STRING, JSON_BOOL };
struct json_value { enum json_kind kind; union { double number; struct { const char *ptr; size_t len; } string; int boolean; } u; };
struct json_value json_parse_number(const char *text);
struct json_value json_make_string(const char *s, size_t len);
//--- v2/jv.h
#include <stddef.h>
enum json_kind { JSON_NULL, JSON_NUMBER, JSON_STRING, JSON_BOOL };
struct json_value { enum json_kind kind; union { double number; struct { const char *ptr; size_t len; } string; int boolean; }; };
struct json_value json_parse_number(const char *text);
struct json_value json_make_string(const char *s, size_t len);
//--- v1
#include <stdlib.h>
#include "jv.h"
struct json_value json_parse_number(const char *text) {
  struct json_value v = { JSON_NUMBER, { 0 } };
  char *end;
  v.u.number = strtod(text, &end);
  if (end == text) v.kind = JSON_NULL;
  return v;
}
struct json_value json_make_string(const char *s, size_t len) {
  struct json_value v = { JSON_STRING, { 0 } };
  v.u.string.ptr = s; v.u.string.len = len;
  return v;
}
//--- v2
#include <stdlib.h>
#include "jv.h"
struct json_value json_parse_number(const char *text) {
  struct json_value v = { JSON_NUMBER, { 0 } };
  char *end;
  v.number = strtod(text, &end);
  if (end == text) v.kind = JSON_NULL;
  return v;
}
struct json_value json_make_string(const char *s, size_t len) {
  struct json_value v = { JSON_STRING, { 0 } };
  v.string.ptr = s; v.string.len = len;
  return v;
}
