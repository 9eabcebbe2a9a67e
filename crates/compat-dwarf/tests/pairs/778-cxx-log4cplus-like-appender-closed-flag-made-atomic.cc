// expect: warning
// why: Appender is the base class of every appender, including those applications write: they override close and
// why: append and set or test the protected bool closed themselves. v2 makes it std::atomic<bool> because doAppend
// why: now runs on several threads: one byte at the same offset either way, so the layout holds, but code compiled
// why: against v1 keeps writing and reading the flag with plain loads and stores, outside the synchronisation the
// why: library now relies on.
// abidiff: 4 agree
//--- v1/appender.h
#include <string>
namespace log4cplus {
class Appender {
public:
    Appender();
    virtual ~Appender();
    virtual void close() = 0;
    void doAppend(const std::string &event);
    bool isClosed() const { return closed; }
protected:
    virtual void append(const std::string &event) = 0;
    std::string name;
    int threshold;
    bool closed;
};
}
//--- v2/appender.h
#include <atomic>
#include <string>
namespace log4cplus {
class Appender {
public:
    Appender();
    virtual ~Appender();
    virtual void close() = 0;
    void doAppend(const std::string &event);
    bool isClosed() const { return closed; }
protected:
    virtual void append(const std::string &event) = 0;
    std::string name;
    int threshold;
    std::atomic<bool> closed;
};
}
//--- v1
#include "appender.h"
namespace log4cplus {
Appender::Appender() : threshold(0), closed(false) {}
Appender::~Appender() {}
void Appender::doAppend(const std::string &event) { if (closed || event.empty()) return; append(event); }
}
//--- v2
#include "appender.h"
namespace log4cplus {
Appender::Appender() : threshold(0), closed(false) {}
Appender::~Appender() {}
void Appender::doAppend(const std::string &event) { if (closed.load(std::memory_order_acquire) || event.empty()) return; append(event); }
}
