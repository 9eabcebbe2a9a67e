// expect: breaking
// why: Aws::Client::ClientConfiguration is constructed by consumers (on the stack, exported constructor), who then
// why: assign its public members (config.region = ...) and pass it by const reference to the client constructors.
// why: v2 inserts std::string appId after userAgent: region, scheme, connectTimeoutMs and every later member move by
// why: 32 bytes and the class grows, so old consumers write region into appId's bytes and v2's constructor writes
// why: past the end of their object.
// abidiff: 4 agree
//--- v1/ClientConfiguration.h
#include <string>
namespace Aws { namespace Client {
struct ClientConfiguration {
    ClientConfiguration();
    std::string userAgent;
    std::string region;
    int scheme;
    long connectTimeoutMs;
    long requestTimeoutMs;
    bool verifySSL;
};
class S3Client {
public:
    explicit S3Client(const ClientConfiguration &config);
    ~S3Client();
    const std::string &Endpoint() const { return m_endpoint; }
private:
    std::string m_endpoint;
    long m_timeout;
};
} }
//--- v2/ClientConfiguration.h
#include <string>
namespace Aws { namespace Client {
struct ClientConfiguration {
    ClientConfiguration();
    std::string userAgent;
    std::string appId;
    std::string region;
    int scheme;
    long connectTimeoutMs;
    long requestTimeoutMs;
    bool verifySSL;
};
class S3Client {
public:
    explicit S3Client(const ClientConfiguration &config);
    ~S3Client();
    const std::string &Endpoint() const { return m_endpoint; }
private:
    std::string m_endpoint;
    long m_timeout;
};
} }
//--- v1
#include "ClientConfiguration.h"
namespace Aws { namespace Client {
ClientConfiguration::ClientConfiguration() : userAgent("aws-sdk-cpp/1.9"), region("us-east-1"), scheme(1), connectTimeoutMs(1000), requestTimeoutMs(3000), verifySSL(true) {}
S3Client::S3Client(const ClientConfiguration &config) : m_endpoint((config.scheme ? "https://s3." : "http://s3.") + config.region + ".amazonaws.com"), m_timeout(config.requestTimeoutMs) {}
S3Client::~S3Client() {}
} }
//--- v2
#include "ClientConfiguration.h"
namespace Aws { namespace Client {
ClientConfiguration::ClientConfiguration() : userAgent("aws-sdk-cpp/1.11"), appId(), region("us-east-1"), scheme(1), connectTimeoutMs(1000), requestTimeoutMs(3000), verifySSL(true) {}
S3Client::S3Client(const ClientConfiguration &config) : m_endpoint((config.scheme ? "https://s3." : "http://s3.") + config.region + ".amazonaws.com"), m_timeout(config.requestTimeoutMs) {}
S3Client::~S3Client() {}
} }
