// expect: info
// why: close::status is an enum class : std::uint16_t with explicit values; v2 inserts try_again_later = 1013
// why: between internal_endpoint_error (1011) and tls_handshake (1015). Every existing enumerator keeps its
// why: value and the type its size: a new value, compatible for existing binaries.
// abidiff: 0 agree
//--- v1/close.h
#include <cstdint>
namespace websocketpp { namespace close {
enum class status : std::uint16_t { normal = 1000, going_away = 1001, protocol_error = 1002, internal_endpoint_error = 1011, tls_handshake = 1015 };
const char *get_string(status code);
} }
//--- v2/close.h
#include <cstdint>
namespace websocketpp { namespace close {
enum class status : std::uint16_t { normal = 1000, going_away = 1001, protocol_error = 1002, internal_endpoint_error = 1011, try_again_later = 1013, tls_handshake = 1015 };
const char *get_string(status code);
} }
//--- v1
#include "close.h"
namespace websocketpp { namespace close {
const char *get_string(status code) { switch (code) { case status::normal: return "Normal close"; case status::going_away: return "Going away"; case status::tls_handshake: return "TLS handshake failure"; default: return "Unknown"; } }
} }
//--- v2
#include "close.h"
namespace websocketpp { namespace close {
const char *get_string(status code) { switch (code) { case status::normal: return "Normal close"; case status::going_away: return "Going away"; case status::try_again_later: return "Try again later"; case status::tls_handshake: return "TLS handshake failure"; default: return "Unknown"; } }
} }
