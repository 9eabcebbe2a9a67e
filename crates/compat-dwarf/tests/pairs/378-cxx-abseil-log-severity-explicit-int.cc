// expect: none
// why: absl::LogSeverity is declared enum class LogSeverity : int instead of enum class LogSeverity. A scoped
// why: enum's underlying type is int unless stated otherwise, so both declare the same type: the enumerators,
// why: the 4-byte size, the mangled names (_ZN4absl20NormalizeLogSeverityENS_11LogSeverityE) and the registers
// why: are unchanged (as in 82).
// abidiff: 0 agree
//--- v1/log_severity.h
namespace absl {
enum class LogSeverity { kInfo = 0, kWarning = 1, kError = 2, kFatal = 3 };
LogSeverity NormalizeLogSeverity(LogSeverity s);
LogSeverity NormalizeLogSeverity(int s);
const char *LogSeverityName(LogSeverity s);
struct LogEntry { LogSeverity severity; int line; const char *file; };
void Log(const LogEntry &entry);
}
//--- v2/log_severity.h
namespace absl {
enum class LogSeverity : int { kInfo = 0, kWarning = 1, kError = 2, kFatal = 3 };
LogSeverity NormalizeLogSeverity(LogSeverity s);
LogSeverity NormalizeLogSeverity(int s);
const char *LogSeverityName(LogSeverity s);
struct LogEntry { LogSeverity severity; int line; const char *file; };
void Log(const LogEntry &entry);
}
//--- lib.cc
#include <cstdio>
#include "log_severity.h"
namespace absl {
LogSeverity NormalizeLogSeverity(LogSeverity s) {
  if (s < LogSeverity::kInfo) return LogSeverity::kInfo;
  if (s > LogSeverity::kFatal) return LogSeverity::kError;
  return s;
}
LogSeverity NormalizeLogSeverity(int s) { return NormalizeLogSeverity(static_cast<LogSeverity>(s)); }
const char *LogSeverityName(LogSeverity s) {
  switch (NormalizeLogSeverity(s)) {
  case LogSeverity::kInfo: return "INFO";
  case LogSeverity::kWarning: return "WARNING";
  case LogSeverity::kError: return "ERROR";
  case LogSeverity::kFatal: return "FATAL";
  }
  return "UNKNOWN";
}
void Log(const LogEntry &entry) { std::fprintf(stderr, "%c %s:%d\n", LogSeverityName(entry.severity)[0], entry.file, entry.line); }
}
