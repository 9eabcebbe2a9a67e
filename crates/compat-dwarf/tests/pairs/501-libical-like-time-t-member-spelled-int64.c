// expect: none
// why: struct ical_period is caller-allocated and passed by pointer to ical_period_normalize; v2 spells its members
// why: int64_t start and int64_t end instead of time_t. On x86-64 Linux time_t is long and int64_t is long too:
// why: the same base type, size and signedness at the same offsets.
// abidiff: 0 agree
//--- v1/period.h
#include <time.h>
struct ical_period { time_t start; time_t end; int is_utc; };
int ical_period_normalize(struct ical_period *p);
//--- v2/period.h
#include <stdint.h>
struct ical_period { int64_t start; int64_t end; int is_utc; };
int ical_period_normalize(struct ical_period *p);
//--- v1
#include "period.h"
int ical_period_normalize(struct ical_period *p) {
  if (p->end < p->start) { time_t t = p->start; p->start = p->end; p->end = t; return 1; }
  return 0;
}
//--- v2
#include "period.h"
int ical_period_normalize(struct ical_period *p) {
  if (p->end < p->start) { int64_t t = p->start; p->start = p->end; p->end = t; return 1; }
  return 0;
}
