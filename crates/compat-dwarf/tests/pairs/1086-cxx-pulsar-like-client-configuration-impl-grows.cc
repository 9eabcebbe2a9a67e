// expect: info
// why: pulsar::ClientConfiguration holds only std::shared_ptr<ClientConfigurationImpl> impl_; the header declares the
// why: Impl struct without defining it, and the library's source defines it. v2 adds members to the Impl (a
// why: connection timeout and a listener name) with their setters and getters: ClientConfiguration keeps its 16
// why: bytes and its member functions, consumers never see the Impl's layout, and the new functions are additions.
// abidiff: 4 disagree: the grown struct is defined only in lib.cc and reached through the class's private shared_ptr; the rest are added functions.
//--- v1/ClientConfiguration.h
#include <memory>
#include <string>
namespace pulsar {
struct ClientConfigurationImpl;
class ClientConfiguration {
public:
    ClientConfiguration();
    ~ClientConfiguration();
    ClientConfiguration(const ClientConfiguration &);
    ClientConfiguration &operator=(const ClientConfiguration &);
    ClientConfiguration &setOperationTimeoutSeconds(int timeout);
    int getOperationTimeoutSeconds() const;
    ClientConfiguration &setIOThreads(int threads);
    int getIOThreads() const;
    ClientConfiguration &setTlsTrustCertsFilePath(const std::string &path);
    const std::string &getTlsTrustCertsFilePath() const;
private:
    std::shared_ptr<ClientConfigurationImpl> impl_;
};
}
//--- v2/ClientConfiguration.h
#include <memory>
#include <string>
namespace pulsar {
struct ClientConfigurationImpl;
class ClientConfiguration {
public:
    ClientConfiguration();
    ~ClientConfiguration();
    ClientConfiguration(const ClientConfiguration &);
    ClientConfiguration &operator=(const ClientConfiguration &);
    ClientConfiguration &setOperationTimeoutSeconds(int timeout);
    int getOperationTimeoutSeconds() const;
    ClientConfiguration &setIOThreads(int threads);
    int getIOThreads() const;
    ClientConfiguration &setTlsTrustCertsFilePath(const std::string &path);
    const std::string &getTlsTrustCertsFilePath() const;
    ClientConfiguration &setConnectionTimeout(int timeoutMs);
    int getConnectionTimeout() const;
    ClientConfiguration &setListenerName(const std::string &listenerName);
    const std::string &getListenerName() const;
private:
    std::shared_ptr<ClientConfigurationImpl> impl_;
};
}
//--- v1
#include "ClientConfiguration.h"
namespace pulsar {
struct ClientConfigurationImpl {
    int operationTimeoutSeconds{30};
    int ioThreads{1};
    std::string tlsTrustCertsFilePath;
    bool tlsAllowInsecureConnection{false};
};
ClientConfiguration::ClientConfiguration() : impl_(std::make_shared<ClientConfigurationImpl>()) {}
ClientConfiguration::~ClientConfiguration() {}
ClientConfiguration::ClientConfiguration(const ClientConfiguration &x) : impl_(x.impl_) {}
ClientConfiguration &ClientConfiguration::operator=(const ClientConfiguration &x) { impl_ = x.impl_; return *this; }
ClientConfiguration &ClientConfiguration::setOperationTimeoutSeconds(int timeout) { impl_->operationTimeoutSeconds = timeout; return *this; }
int ClientConfiguration::getOperationTimeoutSeconds() const { return impl_->operationTimeoutSeconds; }
ClientConfiguration &ClientConfiguration::setIOThreads(int threads) { impl_->ioThreads = threads; return *this; }
int ClientConfiguration::getIOThreads() const { return impl_->ioThreads; }
ClientConfiguration &ClientConfiguration::setTlsTrustCertsFilePath(const std::string &path) { impl_->tlsTrustCertsFilePath = path; return *this; }
const std::string &ClientConfiguration::getTlsTrustCertsFilePath() const { return impl_->tlsTrustCertsFilePath; }
}
//--- v2
#include "ClientConfiguration.h"
namespace pulsar {
struct ClientConfigurationImpl {
    int operationTimeoutSeconds{30};
    int ioThreads{1};
    int connectionTimeoutMs{10000};
    std::string tlsTrustCertsFilePath;
    bool tlsAllowInsecureConnection{false};
    std::string listenerName;
};
ClientConfiguration::ClientConfiguration() : impl_(std::make_shared<ClientConfigurationImpl>()) {}
ClientConfiguration::~ClientConfiguration() {}
ClientConfiguration::ClientConfiguration(const ClientConfiguration &x) : impl_(x.impl_) {}
ClientConfiguration &ClientConfiguration::operator=(const ClientConfiguration &x) { impl_ = x.impl_; return *this; }
ClientConfiguration &ClientConfiguration::setOperationTimeoutSeconds(int timeout) { impl_->operationTimeoutSeconds = timeout; return *this; }
int ClientConfiguration::getOperationTimeoutSeconds() const { return impl_->operationTimeoutSeconds; }
ClientConfiguration &ClientConfiguration::setIOThreads(int threads) { impl_->ioThreads = threads; return *this; }
int ClientConfiguration::getIOThreads() const { return impl_->ioThreads; }
ClientConfiguration &ClientConfiguration::setTlsTrustCertsFilePath(const std::string &path) { impl_->tlsTrustCertsFilePath = path; return *this; }
const std::string &ClientConfiguration::getTlsTrustCertsFilePath() const { return impl_->tlsTrustCertsFilePath; }
ClientConfiguration &ClientConfiguration::setConnectionTimeout(int timeoutMs) { impl_->connectionTimeoutMs = timeoutMs; return *this; }
int ClientConfiguration::getConnectionTimeout() const { return impl_->connectionTimeoutMs; }
ClientConfiguration &ClientConfiguration::setListenerName(const std::string &listenerName) { impl_->listenerName = listenerName; return *this; }
const std::string &ClientConfiguration::getListenerName() const { return impl_->listenerName; }
}
