// expect: info
// why: class Logger gains a static data member dropped, defined in lib.cc: a new exported variable; static
// why: members take no space in instances, so Logger's layout and existing symbols are unchanged.
// abidiff: 4 disagree: abidiff reports one added variable; a new static data member takes no space in instances and adds a symbol.
//--- v1/logger.h
class Logger {
public:
  static int instances;
  Logger(int level);
  void log(int level, const char *msg);
private:
  int level_;
};
//--- v2/logger.h
class Logger {
public:
  static int instances;
  static int dropped;
  Logger(int level);
  void log(int level, const char *msg);
private:
  int level_;
};
//--- v1
#include "logger.h"
int Logger::instances = 0;
Logger::Logger(int level) : level_(level) { instances++; }
void Logger::log(int level, const char *msg) { if (level >= level_ && msg) instances += 0; }
//--- v2
#include "logger.h"
int Logger::instances = 0;
int Logger::dropped = 0;
Logger::Logger(int level) : level_(level) { instances++; }
void Logger::log(int level, const char *msg) { if (level < level_ || !msg) dropped++; }
