// expect: breaking
// why: struct icaltimetype is passed and returned by value throughout libical (icaltime_compare(a, b),
// why: icaltime_normalize(t), icaltime_from_timet_with_zone). libical 3.0 removes its int is_utc member (UTC is now
// why: zone == icaltimezone_get_utc_timezone()): is_date moves from byte 28 to 24, is_daylight from 32 to 28, zone
// why: from 40 to 32, and the struct shrinks from 48 to 40 bytes. Being larger than 16 bytes it travels in memory:
// why: old callers push 48-byte copies whose zone the library reads at byte 32 (is_daylight and padding), and the
// why: library returns 40 bytes into old callers' 48-byte result slots.
// abidiff: 4 agree
//--- v1/ical.h
#include <time.h>
typedef struct _icaltimezone icaltimezone;
struct icaltimetype {
  int year; int month; int day;
  int hour; int minute; int second;
  int is_utc;
  int is_date;
  int is_daylight;
  const icaltimezone *zone;
};
icaltimezone *icaltimezone_get_utc_timezone(void);
struct icaltimetype icaltime_from_timet_with_zone(const time_t tm, const int is_date, const icaltimezone *zone);
struct icaltimetype icaltime_normalize(const struct icaltimetype t);
int icaltime_compare(const struct icaltimetype a, const struct icaltimetype b);
int icaltime_is_utc(const struct icaltimetype t);
//--- v2/ical.h
#include <time.h>
typedef struct _icaltimezone icaltimezone;
struct icaltimetype {
  int year; int month; int day;
  int hour; int minute; int second;
  int is_date;
  int is_daylight;
  const icaltimezone *zone;
};
icaltimezone *icaltimezone_get_utc_timezone(void);
struct icaltimetype icaltime_from_timet_with_zone(const time_t tm, const int is_date, const icaltimezone *zone);
struct icaltimetype icaltime_normalize(const struct icaltimetype t);
int icaltime_compare(const struct icaltimetype a, const struct icaltimetype b);
int icaltime_is_utc(const struct icaltimetype t);
//--- v1
#include <string.h>
#include "ical.h"
struct _icaltimezone { const char *tzid; long offset; };
static icaltimezone utc = { "UTC", 0 };
icaltimezone *icaltimezone_get_utc_timezone(void) { return &utc; }
struct icaltimetype icaltime_from_timet_with_zone(const time_t tm, const int is_date, const icaltimezone *zone) {
  struct tm t; struct icaltimetype r; time_t s = tm + (zone ? zone->offset : 0);
  memset(&r, 0, sizeof r); gmtime_r(&s, &t);
  r.year = t.tm_year + 1900; r.month = t.tm_mon + 1; r.day = t.tm_mday;
  if (!is_date) { r.hour = t.tm_hour; r.minute = t.tm_min; r.second = t.tm_sec; }
  r.is_date = is_date; r.zone = zone; r.is_utc = zone == &utc;
  return r;
}
struct icaltimetype icaltime_normalize(const struct icaltimetype t) {
  struct icaltimetype r = t;
  while (r.second >= 60) { r.second -= 60; r.minute++; }
  while (r.minute >= 60) { r.minute -= 60; r.hour++; }
  while (r.hour >= 24) { r.hour -= 24; r.day++; }
  return r;
}
int icaltime_compare(const struct icaltimetype a, const struct icaltimetype b) {
  int d[6] = { a.year - b.year, a.month - b.month, a.day - b.day, a.hour - b.hour, a.minute - b.minute, a.second - b.second };
  for (int i = 0; i < 6; i++) if (d[i]) return d[i] < 0 ? -1 : 1;
  return 0;
}
int icaltime_is_utc(const struct icaltimetype t) { return t.is_utc; }
//--- v2
#include <string.h>
#include "ical.h"
struct _icaltimezone { const char *tzid; long offset; };
static icaltimezone utc = { "UTC", 0 };
icaltimezone *icaltimezone_get_utc_timezone(void) { return &utc; }
struct icaltimetype icaltime_from_timet_with_zone(const time_t tm, const int is_date, const icaltimezone *zone) {
  struct tm t; struct icaltimetype r; time_t s = tm + (zone ? zone->offset : 0);
  memset(&r, 0, sizeof r); gmtime_r(&s, &t);
  r.year = t.tm_year + 1900; r.month = t.tm_mon + 1; r.day = t.tm_mday;
  if (!is_date) { r.hour = t.tm_hour; r.minute = t.tm_min; r.second = t.tm_sec; }
  r.is_date = is_date; r.zone = zone;
  return r;
}
struct icaltimetype icaltime_normalize(const struct icaltimetype t) {
  struct icaltimetype r = t;
  while (r.second >= 60) { r.second -= 60; r.minute++; }
  while (r.minute >= 60) { r.minute -= 60; r.hour++; }
  while (r.hour >= 24) { r.hour -= 24; r.day++; }
  return r;
}
int icaltime_compare(const struct icaltimetype a, const struct icaltimetype b) {
  int d[6] = { a.year - b.year, a.month - b.month, a.day - b.day, a.hour - b.hour, a.minute - b.minute, a.second - b.second };
  for (int i = 0; i < 6; i++) if (d[i]) return d[i] < 0 ? -1 : 1;
  return 0;
}
int icaltime_is_utc(const struct icaltimetype t) { return t.zone == &utc; }
