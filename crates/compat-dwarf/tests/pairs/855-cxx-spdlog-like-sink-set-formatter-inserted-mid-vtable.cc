// expect: breaking
// why: Consumers write their own sinks by deriving from spdlog::sinks::sink and hand them to spdlog::logger, which
// why: calls log, flush and set_pattern through the vtable. v2 inserts the pure virtual set_formatter after log: flush
// why: and set_pattern move down one slot, so v2's logger::flush calls an old sink's set_pattern slot, and the new
// why: slot does not exist in old sinks' vtables.
// abidiff: 12 agree
//--- v1/sink.h
#include <memory>
#include <string>
namespace spdlog {
namespace details { struct log_msg { const char *payload; int level; }; }
namespace sinks {
class sink {
public:
    virtual ~sink();
    virtual void log(const details::log_msg &msg) = 0;
    virtual void flush() = 0;
    virtual void set_pattern(const std::string &pattern) = 0;
    void set_level(int l) { level_ = l; }
    bool should_log(int l) const { return l >= level_; }
protected:
    int level_ = 0;
};
}
class logger {
public:
    logger(std::string name, std::shared_ptr<sinks::sink> single_sink);
    void info(const char *msg);
    void flush();
    void set_pattern(const std::string &pattern);
private:
    std::string name_;
    std::shared_ptr<sinks::sink> sink_;
};
}
//--- v2/sink.h
#include <memory>
#include <string>
namespace spdlog {
namespace details { struct log_msg { const char *payload; int level; }; }
class formatter { public: virtual ~formatter(); virtual void format(const details::log_msg &msg, std::string &dest) = 0; };
namespace sinks {
class sink {
public:
    virtual ~sink();
    virtual void log(const details::log_msg &msg) = 0;
    virtual void set_formatter(std::unique_ptr<spdlog::formatter> sink_formatter) = 0;
    virtual void flush() = 0;
    virtual void set_pattern(const std::string &pattern) = 0;
    void set_level(int l) { level_ = l; }
    bool should_log(int l) const { return l >= level_; }
protected:
    int level_ = 0;
};
}
class logger {
public:
    logger(std::string name, std::shared_ptr<sinks::sink> single_sink);
    void info(const char *msg);
    void flush();
    void set_pattern(const std::string &pattern);
private:
    std::string name_;
    std::shared_ptr<sinks::sink> sink_;
};
}
//--- v1
#include "sink.h"
namespace spdlog {
sinks::sink::~sink() = default;
logger::logger(std::string name, std::shared_ptr<sinks::sink> single_sink) : name_(std::move(name)), sink_(std::move(single_sink)) {}
void logger::info(const char *msg) { details::log_msg m{msg, 2}; if (sink_ && sink_->should_log(m.level)) sink_->log(m); }
void logger::flush() { if (sink_) sink_->flush(); }
void logger::set_pattern(const std::string &pattern) { if (sink_) sink_->set_pattern(pattern); }
}
//--- v2
#include "sink.h"
namespace spdlog {
formatter::~formatter() = default;
sinks::sink::~sink() = default;
logger::logger(std::string name, std::shared_ptr<sinks::sink> single_sink) : name_(std::move(name)), sink_(std::move(single_sink)) {}
void logger::info(const char *msg) { details::log_msg m{msg, 2}; if (sink_ && sink_->should_log(m.level)) sink_->log(m); }
void logger::flush() { if (sink_) sink_->flush(); }
void logger::set_pattern(const std::string &pattern) { if (sink_) sink_->set_pattern(pattern); }
}
