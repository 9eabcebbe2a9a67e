// expect: none
// why: Tins::BaseSniffer::sniff_loop took a handler_type, a member typedef of std::function<bool(PDU &)>; v2 drops
// why: the typedef and spells the parameter std::function<bool(Tins::PDU &)>, and declares PDU's pure virtual with
// why: std::uint32_t instead of uint32_t. A typedef is not part of a mangled name, so the symbols are the same, and each
// why: parameter and result denotes the same type as before.
// abidiff: 0 agree
//--- v1/sniffer.h
#include <cstdint>
#include <functional>
#include <string>
namespace Tins {
class PDU {
public:
    virtual ~PDU();
    virtual uint32_t header_size() const = 0;
};
class RawPDU : public PDU {
public:
    explicit RawPDU(std::string payload);
    uint32_t header_size() const override;
private:
    std::string payload_;
};
class BaseSniffer {
public:
    typedef std::function<bool(PDU &)> handler_type;
    explicit BaseSniffer(std::string iface);
    void sniff_loop(handler_type function, uint32_t max_packets = 0);
    const std::string &iface() const { return iface_; }
private:
    std::string iface_;
    uint32_t seen_;
};
}
//--- v2/sniffer.h
#include <cstdint>
#include <functional>
#include <string>
namespace Tins {
class PDU {
public:
    virtual ~PDU();
    virtual std::uint32_t header_size() const = 0;
};
class RawPDU : public PDU {
public:
    explicit RawPDU(std::string payload);
    std::uint32_t header_size() const override;
private:
    std::string payload_;
};
class BaseSniffer {
public:
    explicit BaseSniffer(std::string iface);
    void sniff_loop(std::function<bool(Tins::PDU &)> function, std::uint32_t max_packets = 0);
    const std::string &iface() const { return iface_; }
private:
    std::string iface_;
    std::uint32_t seen_;
};
}
//--- v1
#include "sniffer.h"
namespace Tins {
PDU::~PDU() {}
RawPDU::RawPDU(std::string payload) : payload_(std::move(payload)) {}
uint32_t RawPDU::header_size() const { return static_cast<uint32_t>(payload_.size()); }
BaseSniffer::BaseSniffer(std::string iface) : iface_(std::move(iface)), seen_(0) {}
void BaseSniffer::sniff_loop(handler_type function, uint32_t max_packets) {
    for (uint32_t i = 0; max_packets == 0 ? i < 16 : i < max_packets; i++) {
        RawPDU pdu(iface_ + ":" + std::to_string(i));
        seen_++;
        if (!function(pdu)) break;
    }
}
}
//--- v2
#include "sniffer.h"
namespace Tins {
PDU::~PDU() {}
RawPDU::RawPDU(std::string payload) : payload_(std::move(payload)) {}
std::uint32_t RawPDU::header_size() const { return static_cast<std::uint32_t>(payload_.size()); }
BaseSniffer::BaseSniffer(std::string iface) : iface_(std::move(iface)), seen_(0) {}
void BaseSniffer::sniff_loop(std::function<bool(Tins::PDU &)> function, std::uint32_t max_packets) {
    for (std::uint32_t i = 0; max_packets == 0 ? i < 16 : i < max_packets; i++) {
        RawPDU pdu(iface_ + ":" + std::to_string(i));
        seen_++;
        if (!function(pdu)) break;
    }
}
}
