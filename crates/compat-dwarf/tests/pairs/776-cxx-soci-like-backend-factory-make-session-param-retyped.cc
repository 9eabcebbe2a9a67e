// expect: breaking
// why: backend_factory is the interface database backends implement (each backend plugin derives from it and
// why: overrides make_session, and session::open calls it through the vtable). SOCI 4 changed the pure virtual's
// why: parameter from std::string const &connectString to connection_parameters const &: the library now passes a
// why: pointer to a connection_parameters, whose first member is a backend_factory pointer, to backends built
// why: against v1 that read it as a std::string. A vtable slot's signature changed in a class consumers implement.
// abidiff: 4 agree
//--- v1/soci-backend.h
#include <string>
namespace soci {
struct session_backend { virtual ~session_backend(); virtual void begin() = 0; };
struct backend_factory {
    backend_factory() {}
    virtual ~backend_factory();
    virtual session_backend *make_session(std::string const &connectString) const = 0;
};
class session {
public:
    session();
    ~session();
    void open(backend_factory const &factory, std::string const &connectString);
    session_backend *get_backend() { return backEnd_; }
private:
    std::string lastConnectString_;
    session_backend *backEnd_;
};
}
//--- v2/soci-backend.h
#include <string>
namespace soci {
struct session_backend { virtual ~session_backend(); virtual void begin() = 0; };
struct backend_factory;
class connection_parameters {
public:
    connection_parameters(backend_factory const &factory, std::string const &connectString);
    backend_factory const *get_factory() const { return factory_; }
    std::string const &get_connect_string() const { return connectString_; }
private:
    backend_factory const *factory_;
    std::string connectString_;
};
struct backend_factory {
    backend_factory() {}
    virtual ~backend_factory();
    virtual session_backend *make_session(connection_parameters const &parameters) const = 0;
};
class session {
public:
    session();
    ~session();
    void open(backend_factory const &factory, std::string const &connectString);
    session_backend *get_backend() { return backEnd_; }
private:
    std::string lastConnectString_;
    session_backend *backEnd_;
};
}
//--- v1
#include "soci-backend.h"
namespace soci {
session_backend::~session_backend() {}
backend_factory::~backend_factory() {}
session::session() : backEnd_(0) {}
session::~session() { delete backEnd_; }
void session::open(backend_factory const &factory, std::string const &connectString) { delete backEnd_; lastConnectString_ = connectString; backEnd_ = factory.make_session(connectString); }
}
//--- v2
#include "soci-backend.h"
namespace soci {
session_backend::~session_backend() {}
backend_factory::~backend_factory() {}
connection_parameters::connection_parameters(backend_factory const &factory, std::string const &connectString) : factory_(&factory), connectString_(connectString) {}
session::session() : backEnd_(0) {}
session::~session() { delete backEnd_; }
void session::open(backend_factory const &factory, std::string const &connectString) { delete backEnd_; lastConnectString_ = connectString; connection_parameters params(factory, connectString); backEnd_ = factory.make_session(params); }
}
