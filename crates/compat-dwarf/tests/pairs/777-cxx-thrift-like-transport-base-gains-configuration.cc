// expect: breaking
// why: TTransport is the base class applications derive their own transports from (through TVirtualTransport), and
// why: its constructor and virtuals are exported. Thrift 0.14 added std::shared_ptr<TConfiguration> configuration_
// why: and the message-size counters to it (the default constructor stays, a second one takes the configuration):
// why: the base grows from 8 to 40 bytes, so every member of a v1-built
// why: derived transport now overlaps the base's new members, which the library's constructor and
// why: updateKnownMessageSize write.
// abidiff: 4 agree
//--- v1/TTransport.h
#include <cstdint>
#include <memory>
namespace apache { namespace thrift { namespace transport {
class TTransport {
public:
    virtual ~TTransport();
    virtual bool isOpen() const;
    virtual void open();
    virtual void close();
    uint32_t read(uint8_t *buf, uint32_t len) { return read_virt(buf, len); }
    virtual uint32_t read_virt(uint8_t *buf, uint32_t len);
protected:
    TTransport();
};
uint32_t readAll(TTransport &trans, uint8_t *buf, uint32_t len);
}}}
//--- v2/TTransport.h
#include <cstdint>
#include <memory>
namespace apache { namespace thrift {
class TConfiguration {
public:
    explicit TConfiguration(int maxMessageSize = 100 * 1024 * 1024) : maxMessageSize_(maxMessageSize) {}
    int getMaxMessageSize() const { return maxMessageSize_; }
private:
    int maxMessageSize_;
};
namespace transport {
class TTransport {
public:
    virtual ~TTransport();
    virtual bool isOpen() const;
    virtual void open();
    virtual void close();
    uint32_t read(uint8_t *buf, uint32_t len) { return read_virt(buf, len); }
    virtual uint32_t read_virt(uint8_t *buf, uint32_t len);
    void updateKnownMessageSize(long size);
protected:
    TTransport();
    explicit TTransport(std::shared_ptr<TConfiguration> config);
    std::shared_ptr<TConfiguration> configuration_;
    long remainingMessageSize_;
    long knownMessageSize_;
};
uint32_t readAll(TTransport &trans, uint8_t *buf, uint32_t len);
}}}
//--- v1
#include "TTransport.h"
namespace apache { namespace thrift { namespace transport {
TTransport::TTransport() {}
TTransport::~TTransport() {}
bool TTransport::isOpen() const { return false; }
void TTransport::open() {}
void TTransport::close() {}
uint32_t TTransport::read_virt(uint8_t *buf, uint32_t len) { (void)buf; (void)len; return 0; }
uint32_t readAll(TTransport &trans, uint8_t *buf, uint32_t len) { uint32_t have = 0; while (have < len) { uint32_t got = trans.read(buf + have, len - have); if (!got) break; have += got; } return have; }
}}}
//--- v2
#include "TTransport.h"
namespace apache { namespace thrift { namespace transport {
TTransport::TTransport() : TTransport(nullptr) {}
TTransport::TTransport(std::shared_ptr<TConfiguration> config) : configuration_(config ? config : std::make_shared<TConfiguration>()), remainingMessageSize_(configuration_->getMaxMessageSize()), knownMessageSize_(configuration_->getMaxMessageSize()) {}
TTransport::~TTransport() {}
bool TTransport::isOpen() const { return false; }
void TTransport::open() {}
void TTransport::close() {}
uint32_t TTransport::read_virt(uint8_t *buf, uint32_t len) { (void)buf; (void)len; return 0; }
void TTransport::updateKnownMessageSize(long size) { knownMessageSize_ = size; remainingMessageSize_ = size; }
uint32_t readAll(TTransport &trans, uint8_t *buf, uint32_t len) { uint32_t have = 0; while (have < len) { uint32_t got = trans.read(buf + have, len - have); if (!got) break; have += got; } return have; }
}}}
