// expect: breaking
// why: The other side of round 16's fix for 621 (an enumerator renamed in place, same value, is info): here
// why: LOG_WARN = 2 is removed from the middle of the list and a new LOG_NOTICE = 2 is appended at its end, a
// why: different place, with nothing to say it is the same thing: old binaries that pass 2 now mean LOG_NOTICE.
// abidiff: 4 agree
//--- v1/log.h
enum log_level { LOG_DEBUG = 0, LOG_INFO = 1, LOG_WARN = 2, LOG_ERROR = 3 };
int log_enabled(enum log_level l);
//--- v2/log.h
enum log_level { LOG_DEBUG = 0, LOG_INFO = 1, LOG_ERROR = 3, LOG_NOTICE = 2 };
int log_enabled(enum log_level l);
//--- v1
#include "log.h"
int log_enabled(enum log_level l) { return l >= LOG_WARN; }
//--- v2
#include "log.h"
int log_enabled(enum log_level l) { return l >= LOG_NOTICE; }
