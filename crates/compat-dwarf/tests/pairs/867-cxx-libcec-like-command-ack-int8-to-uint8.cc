// expect: warning
// why: CEC::cec_command is built by callers (cec_command::Format fills the caller's object) and passed by reference to
// why: ICECAdapter-style Transmit; v2 declares its ack and eom flags uint8_t instead of int8_t. Same size and offsets,
// why: but the members flip from signed to unsigned: a same-size signedness change (as in 92).
// abidiff: 4 agree
//--- v1/cectypes.h
#include <cstdint>
namespace CEC {
enum cec_logical_address { CECDEVICE_TV = 0, CECDEVICE_RECORDINGDEVICE1 = 1, CECDEVICE_PLAYBACKDEVICE1 = 4, CECDEVICE_BROADCAST = 15 };
enum cec_opcode { CEC_OPCODE_ACTIVE_SOURCE = 0x82, CEC_OPCODE_STANDBY = 0x36, CEC_OPCODE_NONE = 0xFD };
struct cec_datapacket { uint8_t data[64]; uint8_t size; };
struct cec_command {
    cec_logical_address initiator;
    cec_logical_address destination;
    int8_t ack;
    int8_t eom;
    cec_opcode opcode;
    cec_datapacket parameters;
    int8_t opcode_set;
    int32_t transmit_timeout;
    static void Format(cec_command &command, cec_logical_address initiator, cec_logical_address destination, cec_opcode opcode, int32_t timeout = 1000);
};
class CECAdapter { public: CECAdapter(); bool Transmit(const cec_command &data); private: int m_sent; };
}
//--- v2/cectypes.h
#include <cstdint>
namespace CEC {
enum cec_logical_address { CECDEVICE_TV = 0, CECDEVICE_RECORDINGDEVICE1 = 1, CECDEVICE_PLAYBACKDEVICE1 = 4, CECDEVICE_BROADCAST = 15 };
enum cec_opcode { CEC_OPCODE_ACTIVE_SOURCE = 0x82, CEC_OPCODE_STANDBY = 0x36, CEC_OPCODE_NONE = 0xFD };
struct cec_datapacket { uint8_t data[64]; uint8_t size; };
struct cec_command {
    cec_logical_address initiator;
    cec_logical_address destination;
    uint8_t ack;
    uint8_t eom;
    cec_opcode opcode;
    cec_datapacket parameters;
    int8_t opcode_set;
    int32_t transmit_timeout;
    static void Format(cec_command &command, cec_logical_address initiator, cec_logical_address destination, cec_opcode opcode, int32_t timeout = 1000);
};
class CECAdapter { public: CECAdapter(); bool Transmit(const cec_command &data); private: int m_sent; };
}
//--- v1
#include "cectypes.h"
namespace CEC {
void cec_command::Format(cec_command &command, cec_logical_address initiator, cec_logical_address destination, cec_opcode opcode, int32_t timeout) {
    command.initiator = initiator; command.destination = destination; command.ack = 0; command.eom = 0; command.opcode = opcode; command.parameters.size = 0; command.opcode_set = opcode != CEC_OPCODE_NONE; command.transmit_timeout = timeout;
}
CECAdapter::CECAdapter() : m_sent(0) {}
bool CECAdapter::Transmit(const cec_command &data) { if (data.destination > CECDEVICE_BROADCAST || data.parameters.size > 64) return false; m_sent++; return data.ack >= 0; }
}
//--- v2
#include "cectypes.h"
namespace CEC {
void cec_command::Format(cec_command &command, cec_logical_address initiator, cec_logical_address destination, cec_opcode opcode, int32_t timeout) {
    command.initiator = initiator; command.destination = destination; command.ack = 0; command.eom = 0; command.opcode = opcode; command.parameters.size = 0; command.opcode_set = opcode != CEC_OPCODE_NONE; command.transmit_timeout = timeout;
}
CECAdapter::CECAdapter() : m_sent(0) {}
bool CECAdapter::Transmit(const cec_command &data) { if (data.destination > CECDEVICE_BROADCAST || data.parameters.size > 64) return false; m_sent++; return data.ack != 0xff; }
}
