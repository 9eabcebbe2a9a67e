// expect: breaking
// why: Consumers write their own transports by deriving from apache::thrift::transport::TTransport (virtual
// why: read_virt and write_virt, exported constructor). Thrift 0.14 added the TConfiguration pointer and the
// why: remaining and known message sizes to the base: it grows from 8 to 32 bytes, so an old subclass's members,
// why: laid out from byte 8, are overwritten by the v2 base constructor and the library's size checks.
// abidiff: 4 agree
//--- v1/TTransport.h
#include <cstdint>
namespace apache { namespace thrift { namespace transport {
class TTransport {
public:
    virtual ~TTransport();
    virtual bool isOpen() const;
    virtual std::uint32_t read_virt(std::uint8_t *buf, std::uint32_t len);
    virtual void write_virt(const std::uint8_t *buf, std::uint32_t len);
    std::uint32_t read(std::uint8_t *buf, std::uint32_t len) { return read_virt(buf, len); }
protected:
    TTransport();
};
std::uint32_t readAll(TTransport &trans, std::uint8_t *buf, std::uint32_t len);
} } }
//--- v2/TTransport.h
#include <cstdint>
namespace apache { namespace thrift {
class TConfiguration;
namespace transport {
class TTransport {
public:
    virtual ~TTransport();
    virtual bool isOpen() const;
    virtual std::uint32_t read_virt(std::uint8_t *buf, std::uint32_t len);
    virtual void write_virt(const std::uint8_t *buf, std::uint32_t len);
    std::uint32_t read(std::uint8_t *buf, std::uint32_t len) { return read_virt(buf, len); }
protected:
    TTransport();
    void checkReadBytesAvailable(long numBytes);
    const TConfiguration *configuration_;
    long remainingMessageSize_;
    long knownMessageSize_;
};
std::uint32_t readAll(TTransport &trans, std::uint8_t *buf, std::uint32_t len);
} } }
//--- v1
#include "TTransport.h"
namespace apache { namespace thrift { namespace transport {
TTransport::TTransport() {}
TTransport::~TTransport() {}
bool TTransport::isOpen() const { return false; }
std::uint32_t TTransport::read_virt(std::uint8_t *, std::uint32_t) { return 0; }
void TTransport::write_virt(const std::uint8_t *, std::uint32_t) {}
std::uint32_t readAll(TTransport &trans, std::uint8_t *buf, std::uint32_t len) {
    std::uint32_t have = 0;
    while (have < len) { std::uint32_t got = trans.read(buf + have, len - have); if (got == 0) break; have += got; }
    return have;
}
} } }
//--- v2
#include "TTransport.h"
namespace apache { namespace thrift { namespace transport {
TTransport::TTransport() : configuration_(nullptr), remainingMessageSize_(100L << 20), knownMessageSize_(100L << 20) {}
TTransport::~TTransport() {}
bool TTransport::isOpen() const { return false; }
std::uint32_t TTransport::read_virt(std::uint8_t *, std::uint32_t) { return 0; }
void TTransport::write_virt(const std::uint8_t *, std::uint32_t) {}
void TTransport::checkReadBytesAvailable(long numBytes) { if (remainingMessageSize_ < numBytes) remainingMessageSize_ = 0; else remainingMessageSize_ -= numBytes; }
std::uint32_t readAll(TTransport &trans, std::uint8_t *buf, std::uint32_t len) {
    std::uint32_t have = 0;
    while (have < len) { std::uint32_t got = trans.read(buf + have, len - have); if (got == 0) break; have += got; }
    return have;
}
} } }
