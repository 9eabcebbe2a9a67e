// expect: breaking
// why: log4cxx 0.12 replaced its intrusive ObjectPtrT<Logger> (one pointer, user-provided copy and destructor) by
// why: std::shared_ptr<Logger> as LoggerPtr. Logger::getLogger keeps its mangled name (a result type is not
// why: encoded), but the LoggerPtr it returns through the caller's hidden buffer grows from 8 to 16 bytes: the
// why: library writes past old callers' slot, and their inlined copies and destructors treat it as an intrusive one.
// abidiff: 4 agree
//--- v1/logger.h
namespace log4cxx {
namespace helpers {
template <typename T> class ObjectPtrT {
public:
    ObjectPtrT() : p(nullptr) {}
    explicit ObjectPtrT(T *t) : p(t) { if (p) p->addRef(); }
    ObjectPtrT(const ObjectPtrT &o) : p(o.p) { if (p) p->addRef(); }
    ~ObjectPtrT() { if (p) p->releaseRef(); }
    T *operator->() const { return p; }
private:
    T *p;
};
}
class Logger;
typedef helpers::ObjectPtrT<Logger> LoggerPtr;
class Logger {
public:
    static LoggerPtr getLogger(const char *name);
    void info(const char *msg);
    void addRef();
    void releaseRef();
private:
    const char *name_;
    int refs_;
};
}
//--- v2/logger.h
#include <memory>
namespace log4cxx {
class Logger;
typedef std::shared_ptr<Logger> LoggerPtr;
class Logger {
public:
    static LoggerPtr getLogger(const char *name);
    void info(const char *msg);
    void addRef();
    void releaseRef();
private:
    const char *name_;
    int refs_;
};
}
//--- v1
#include <cstdio>
#include "logger.h"
namespace log4cxx {
namespace { Logger root; }
LoggerPtr Logger::getLogger(const char *name) { root.name_ = name; return LoggerPtr(&root); }
void Logger::info(const char *msg) { std::printf("INFO %s - %s\n", name_, msg); }
void Logger::addRef() { ++refs_; }
void Logger::releaseRef() { --refs_; }
}
//--- v2
#include <cstdio>
#include "logger.h"
namespace log4cxx {
namespace { Logger root; }
LoggerPtr Logger::getLogger(const char *name) { root.name_ = name; return LoggerPtr(&root, [](Logger *) {}); }
void Logger::info(const char *msg) { std::printf("INFO %s - %s\n", name_, msg); }
void Logger::addRef() { ++refs_; }
void Logger::releaseRef() { --refs_; }
}
