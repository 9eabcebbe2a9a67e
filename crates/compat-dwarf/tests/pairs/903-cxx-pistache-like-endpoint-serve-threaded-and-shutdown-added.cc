// expect: info
// why: Pistache::Http::Endpoint gains two exported member functions, serveThreaded and shutdown, and its Options
// why: builder an overload flags(Tcp::Options) that sets the existing flags_ member. No data member,
// why: virtual function or existing symbol changes: Endpoint and Options keep their layouts, and adding symbols breaks
// why: no old binary.
// abidiff: 4 disagree: abidiff reports the added functions, which break no consumer built against v1.
//--- v1/endpoint.h
#include <cstddef>
#include <memory>
#include <string>
namespace Pistache {
namespace Tcp { enum class Options : unsigned { None = 0, NoDelay = 1, ReuseAddr = 2, FastOpen = 4 }; }
namespace Http {
class Handler { public: virtual ~Handler(); virtual void onRequest(const std::string &request, std::string &response) = 0; };
class Endpoint {
public:
    struct Options {
        Options();
        Options &threads(int val);
        Options &flags(int val);
        Options &maxRequestSize(std::size_t val);
        int threads_;
        int flags_;
        std::size_t maxRequestSize_;
    };
    explicit Endpoint(unsigned short port);
    void init(const Options &options);
    void setHandler(const std::shared_ptr<Handler> &handler);
    void serve();
    static Options options();
private:
    unsigned short port_;
    Options options_;
    std::shared_ptr<Handler> handler_;
    bool running_;
};
}
}
//--- v2/endpoint.h
#include <cstddef>
#include <memory>
#include <string>
namespace Pistache {
namespace Tcp { enum class Options : unsigned { None = 0, NoDelay = 1, ReuseAddr = 2, FastOpen = 4 }; }
namespace Http {
class Handler { public: virtual ~Handler(); virtual void onRequest(const std::string &request, std::string &response) = 0; };
class Endpoint {
public:
    struct Options {
        Options();
        Options &threads(int val);
        Options &flags(int val);
        Options &flags(Tcp::Options val);
        Options &maxRequestSize(std::size_t val);
        int threads_;
        int flags_;
        std::size_t maxRequestSize_;
    };
    explicit Endpoint(unsigned short port);
    void init(const Options &options);
    void setHandler(const std::shared_ptr<Handler> &handler);
    void serve();
    void serveThreaded();
    void shutdown();
    static Options options();
private:
    unsigned short port_;
    Options options_;
    std::shared_ptr<Handler> handler_;
    bool running_;
};
}
}
//--- v1
#include "endpoint.h"
namespace Pistache { namespace Http {
Handler::~Handler() {}
Endpoint::Options::Options() : threads_(1), flags_(0), maxRequestSize_(4096) {}
Endpoint::Options &Endpoint::Options::threads(int val) { threads_ = val; return *this; }
Endpoint::Options &Endpoint::Options::flags(int val) { flags_ = val; return *this; }
Endpoint::Options &Endpoint::Options::maxRequestSize(std::size_t val) { maxRequestSize_ = val; return *this; }
Endpoint::Endpoint(unsigned short port) : port_(port), running_(false) {}
void Endpoint::init(const Options &options) { options_ = options; }
void Endpoint::setHandler(const std::shared_ptr<Handler> &handler) { handler_ = handler; }
void Endpoint::serve() { if (!handler_) return; running_ = true; std::string response; handler_->onRequest("GET / HTTP/1.1", response); running_ = false; }
Endpoint::Options Endpoint::options() { return Options(); }
} }
//--- v2
#include "endpoint.h"
namespace Pistache { namespace Http {
Handler::~Handler() {}
Endpoint::Options::Options() : threads_(1), flags_(0), maxRequestSize_(4096) {}
Endpoint::Options &Endpoint::Options::threads(int val) { threads_ = val; return *this; }
Endpoint::Options &Endpoint::Options::flags(int val) { flags_ = val; return *this; }
Endpoint::Options &Endpoint::Options::flags(Tcp::Options val) { flags_ = static_cast<int>(val); return *this; }
Endpoint::Options &Endpoint::Options::maxRequestSize(std::size_t val) { maxRequestSize_ = val; return *this; }
Endpoint::Endpoint(unsigned short port) : port_(port), running_(false) {}
void Endpoint::init(const Options &options) { options_ = options; }
void Endpoint::setHandler(const std::shared_ptr<Handler> &handler) { handler_ = handler; }
void Endpoint::serve() { if (!handler_) return; running_ = true; std::string response; handler_->onRequest("GET / HTTP/1.1", response); running_ = false; }
void Endpoint::serveThreaded() { serve(); }
void Endpoint::shutdown() { running_ = false; }
Endpoint::Options Endpoint::options() { return Options(); }
} }
