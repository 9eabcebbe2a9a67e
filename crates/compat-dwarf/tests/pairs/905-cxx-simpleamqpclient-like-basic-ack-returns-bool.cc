// expect: info
// why: AmqpClient::Channel::BasicAck returned void; v2 returns bool (whether the broker accepted the ack). The return
// why: type of a non-template function is not part of its mangled name, so the symbol is the same; an old caller
// why: ignores %al, which v2 now sets. The arguments and the Channel class are unchanged: binaries are unaffected, the
// why: API gained a result (as in 123, void to int).
// abidiff: 4 disagree: abidiff reports the return type changed from void to bool; old callers never read the result register.
//--- v1/Channel.h
#include <cstdint>
#include <memory>
#include <string>
namespace AmqpClient {
struct DeliveryInfo { std::string consumer_tag; std::uint64_t delivery_tag; };
class Channel {
public:
    typedef std::shared_ptr<Channel> ptr_t;
    static ptr_t Create(const std::string &host, int port);
    ~Channel();
    void BasicPublish(const std::string &exchange_name, const std::string &routing_key, const std::string &message, bool mandatory);
    void BasicAck(const DeliveryInfo &info);
    std::uint64_t Unacked() const;
private:
    Channel(const std::string &host, int port);
    std::string host_;
    int port_;
    std::uint64_t next_tag_;
    std::uint64_t acked_;
};
}
//--- v2/Channel.h
#include <cstdint>
#include <memory>
#include <string>
namespace AmqpClient {
struct DeliveryInfo { std::string consumer_tag; std::uint64_t delivery_tag; };
class Channel {
public:
    typedef std::shared_ptr<Channel> ptr_t;
    static ptr_t Create(const std::string &host, int port);
    ~Channel();
    void BasicPublish(const std::string &exchange_name, const std::string &routing_key, const std::string &message, bool mandatory);
    bool BasicAck(const DeliveryInfo &info);
    std::uint64_t Unacked() const;
private:
    Channel(const std::string &host, int port);
    std::string host_;
    int port_;
    std::uint64_t next_tag_;
    std::uint64_t acked_;
};
}
//--- v1
#include "Channel.h"
namespace AmqpClient {
Channel::Channel(const std::string &host, int port) : host_(host), port_(port), next_tag_(1), acked_(0) {}
Channel::~Channel() {}
Channel::ptr_t Channel::Create(const std::string &host, int port) { return ptr_t(new Channel(host, port)); }
void Channel::BasicPublish(const std::string &exchange_name, const std::string &routing_key, const std::string &message, bool mandatory) {
    if (exchange_name.empty() && routing_key.empty() && mandatory) return;
    next_tag_ += message.empty() ? 0 : 1;
}
void Channel::BasicAck(const DeliveryInfo &info) { if (info.delivery_tag > acked_ && info.delivery_tag < next_tag_) acked_ = info.delivery_tag; }
std::uint64_t Channel::Unacked() const { return next_tag_ - 1 - acked_; }
}
//--- v2
#include "Channel.h"
namespace AmqpClient {
Channel::Channel(const std::string &host, int port) : host_(host), port_(port), next_tag_(1), acked_(0) {}
Channel::~Channel() {}
Channel::ptr_t Channel::Create(const std::string &host, int port) { return ptr_t(new Channel(host, port)); }
void Channel::BasicPublish(const std::string &exchange_name, const std::string &routing_key, const std::string &message, bool mandatory) {
    if (exchange_name.empty() && routing_key.empty() && mandatory) return;
    next_tag_ += message.empty() ? 0 : 1;
}
bool Channel::BasicAck(const DeliveryInfo &info) { if (info.delivery_tag > acked_ && info.delivery_tag < next_tag_) { acked_ = info.delivery_tag; return true; } return false; }
std::uint64_t Channel::Unacked() const { return next_tag_ - 1 - acked_; }
}
