// expect: breaking
// why: MYSQL_TIME is caller-allocated: consumers pass their own object to mysql_time_from_string, which fills
// why: it, and no export hands one out. v2 appends int time_zone_displacement (as MySQL 8.0.19 did): the struct
// why: grows from 40 to 48 bytes and the library writes the new member past the end of an old caller's object.
// abidiff: 4 agree
//--- v1/mysql_time.h
typedef char my_bool;
enum enum_mysql_timestamp_type { MYSQL_TIMESTAMP_NONE = -2, MYSQL_TIMESTAMP_ERROR = -1, MYSQL_TIMESTAMP_DATE = 0, MYSQL_TIMESTAMP_DATETIME = 1, MYSQL_TIMESTAMP_TIME = 2 };
typedef struct st_mysql_time { unsigned int year, month, day, hour, minute, second; unsigned long second_part; my_bool neg; enum enum_mysql_timestamp_type time_type; } MYSQL_TIME;
int mysql_time_from_string(const char *s, MYSQL_TIME *out);
//--- v2/mysql_time.h
typedef char my_bool;
enum enum_mysql_timestamp_type { MYSQL_TIMESTAMP_NONE = -2, MYSQL_TIMESTAMP_ERROR = -1, MYSQL_TIMESTAMP_DATE = 0, MYSQL_TIMESTAMP_DATETIME = 1, MYSQL_TIMESTAMP_TIME = 2, MYSQL_TIMESTAMP_DATETIME_TZ = 3 };
typedef struct st_mysql_time { unsigned int year, month, day, hour, minute, second; unsigned long second_part; my_bool neg; enum enum_mysql_timestamp_type time_type; int time_zone_displacement; } MYSQL_TIME;
int mysql_time_from_string(const char *s, MYSQL_TIME *out);
//--- v1
#include <stdio.h>
#include "mysql_time.h"
int mysql_time_from_string(const char *s, MYSQL_TIME *out) { out->neg = 0; out->second_part = 0; out->time_type = MYSQL_TIMESTAMP_DATETIME; return sscanf(s, "%u-%u-%u %u:%u:%u", &out->year, &out->month, &out->day, &out->hour, &out->minute, &out->second) == 6 ? 0 : -1; }
//--- v2
#include <stdio.h>
#include "mysql_time.h"
int mysql_time_from_string(const char *s, MYSQL_TIME *out) { out->neg = 0; out->second_part = 0; out->time_type = MYSQL_TIMESTAMP_DATETIME; out->time_zone_displacement = 0; return sscanf(s, "%u-%u-%u %u:%u:%u", &out->year, &out->month, &out->day, &out->hour, &out->minute, &out->second) == 6 ? 0 : -1; }
