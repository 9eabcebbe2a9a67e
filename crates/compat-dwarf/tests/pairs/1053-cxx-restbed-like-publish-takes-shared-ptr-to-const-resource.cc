// expect: breaking
// why: restbed::Service::publish and suppress took const std::shared_ptr<Resource> &; v2 takes
// why: const std::shared_ptr<const Resource> & (the service never modifies a published resource). The template
// why: argument is part of the mangled name, so _ZN7restbed7Service7publishERKSt10shared_ptrINS_8ResourceEE is no
// why: longer defined and v2 exports a different symbol: binaries built against v1 fail to resolve publish.
// abidiff: 12 agree
//--- v1/service.hpp
#include <memory>
#include <string>
#include <vector>
namespace restbed {
class Resource {
public:
    explicit Resource(const std::string &path);
    const std::string &get_path() const;
private:
    std::string m_path;
};
class Service {
public:
    Service();
    ~Service();
    void publish(const std::shared_ptr<Resource> &resource);
    void suppress(const std::shared_ptr<Resource> &resource);
    std::size_t count() const;
private:
    std::vector<std::shared_ptr<Resource>> m_resources;
};
}
//--- v2/service.hpp
#include <memory>
#include <string>
#include <vector>
namespace restbed {
class Resource {
public:
    explicit Resource(const std::string &path);
    const std::string &get_path() const;
private:
    std::string m_path;
};
class Service {
public:
    Service();
    ~Service();
    void publish(const std::shared_ptr<const Resource> &resource);
    void suppress(const std::shared_ptr<const Resource> &resource);
    std::size_t count() const;
private:
    std::vector<std::shared_ptr<const Resource>> m_resources;
};
}
//--- v1
#include <algorithm>
#include "service.hpp"
namespace restbed {
Resource::Resource(const std::string &path) : m_path(path) {}
const std::string &Resource::get_path() const { return m_path; }
Service::Service() {}
Service::~Service() {}
void Service::publish(const std::shared_ptr<Resource> &resource) { if (resource) m_resources.push_back(resource); }
void Service::suppress(const std::shared_ptr<Resource> &resource) { m_resources.erase(std::remove(m_resources.begin(), m_resources.end(), resource), m_resources.end()); }
std::size_t Service::count() const { return m_resources.size(); }
}
//--- v2
#include <algorithm>
#include "service.hpp"
namespace restbed {
Resource::Resource(const std::string &path) : m_path(path) {}
const std::string &Resource::get_path() const { return m_path; }
Service::Service() {}
Service::~Service() {}
void Service::publish(const std::shared_ptr<const Resource> &resource) { if (resource) m_resources.push_back(resource); }
void Service::suppress(const std::shared_ptr<const Resource> &resource) { m_resources.erase(std::remove(m_resources.begin(), m_resources.end(), resource), m_resources.end()); }
std::size_t Service::count() const { return m_resources.size(); }
}
