// expect: breaking
// why: google::LogSeverity changes from typedef int to enum LogSeverity : int (glog 0.7): the same 4-byte value,
// why: but C++ mangles a parameter of enum type by its name, so the exported google::SetStderrLogging(LogSeverity)
// why: and google::GetLogSeverityName(LogSeverity) change symbols (_ZN6google16SetStderrLoggingEi becomes
// why: ...ENS_11LogSeverityE): binaries built against v1 fail to load.
// abidiff: 12 agree
//--- v1/log_severity.h
namespace google {
typedef int LogSeverity;
const int GLOG_INFO = 0, GLOG_WARNING = 1, GLOG_ERROR = 2, GLOG_FATAL = 3;
void SetStderrLogging(LogSeverity min_severity);
const char *GetLogSeverityName(LogSeverity severity);
}
//--- v2/log_severity.h
namespace google {
enum LogSeverity : int { GLOG_INFO = 0, GLOG_WARNING = 1, GLOG_ERROR = 2, GLOG_FATAL = 3 };
void SetStderrLogging(LogSeverity min_severity);
const char *GetLogSeverityName(LogSeverity severity);
}
//--- lib.cc
#include "log_severity.h"
namespace google {
static int stderr_threshold = GLOG_ERROR;
void SetStderrLogging(LogSeverity min_severity) { stderr_threshold = min_severity; }
const char *GetLogSeverityName(LogSeverity severity) {
  static const char *const names[] = { "INFO", "WARNING", "ERROR", "FATAL" };
  return severity >= 0 && severity < 4 && severity >= stderr_threshold - 3 ? names[severity] : "UNKNOWN";
}
}
