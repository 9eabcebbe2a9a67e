// expect: none
// why: log4cplus declares typedef int LogLevel and v2's logger.h spells the parameters and results int directly
// why: (Logger::setLogLevel, Logger::getLogLevel, Logger::isEnabledFor). A typedef is not mangled, so every symbol is
// why: the same, and LogLevel names int: the same types under the same names.
// abidiff: 0 agree
//--- v1/logger.h
#include <string>
namespace log4cplus {
typedef int LogLevel;
const LogLevel INFO_LOG_LEVEL = 20000;
class Logger {
public:
    static Logger getInstance(const std::string &name);
    void setLogLevel(LogLevel ll);
    LogLevel getLogLevel() const;
    bool isEnabledFor(LogLevel ll) const;
    Logger(const Logger &other);
    ~Logger();
private:
    Logger();
    void *value;
};
}
//--- v2/logger.h
#include <string>
namespace log4cplus {
const int INFO_LOG_LEVEL = 20000;
class Logger {
public:
    static Logger getInstance(const std::string &name);
    void setLogLevel(int ll);
    int getLogLevel() const;
    bool isEnabledFor(int ll) const;
    Logger(const Logger &other);
    ~Logger();
private:
    Logger();
    void *value;
};
}
//--- v1
#include "logger.h"
namespace log4cplus {
struct LoggerImpl { std::string name; LogLevel ll; };
Logger::Logger() : value(0) {}
Logger::Logger(const Logger &other) : value(other.value) {}
Logger::~Logger() {}
Logger Logger::getInstance(const std::string &name) { static LoggerImpl root = { "root", INFO_LOG_LEVEL }; Logger l; root.name = name; l.value = &root; return l; }
void Logger::setLogLevel(LogLevel ll) { static_cast<LoggerImpl *>(value)->ll = ll; }
LogLevel Logger::getLogLevel() const { return static_cast<LoggerImpl *>(value)->ll; }
bool Logger::isEnabledFor(LogLevel ll) const { return ll >= getLogLevel(); }
}
//--- v2
#include "logger.h"
namespace log4cplus {
struct LoggerImpl { std::string name; int ll; };
Logger::Logger() : value(0) {}
Logger::Logger(const Logger &other) : value(other.value) {}
Logger::~Logger() {}
Logger Logger::getInstance(const std::string &name) { static LoggerImpl root = { "root", INFO_LOG_LEVEL }; Logger l; root.name = name; l.value = &root; return l; }
void Logger::setLogLevel(int ll) { static_cast<LoggerImpl *>(value)->ll = ll; }
int Logger::getLogLevel() const { return static_cast<LoggerImpl *>(value)->ll; }
bool Logger::isEnabledFor(int ll) const { return ll >= getLogLevel(); }
}
