// expect: warning
// why: ix::WebSocketMessage is declared with its members in a header and reaches consumers only through the
// why: const std::unique_ptr<WebSocketMessage> & the library passes to their message callbacks; no export takes one from
// why: them. v2 declares str as const std::string & (to avoid a copy of each frame) instead of a std::string member: it
// why: shrinks from 32 to 8 bytes, so wireSize, errorInfo and binary move 24 bytes up. Callbacks compiled against v1
// why: that read msg->str or msg->wireSize read the wrong bytes; only the public headers can say they do, so undecided.
// abidiff: 4 agree
//--- v1/IXWebSocket.h
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
namespace ix {
enum class WebSocketMessageType { Message = 0, Open = 1, Close = 2, Error = 3, Ping = 4, Pong = 5, Fragment = 6 };
struct WebSocketErrorInfo {
    std::uint32_t retries = 0;
    double wait_time = 0;
    int http_status = 0;
    std::string reason;
    bool decompressionError = false;
};
struct WebSocketMessage {
    WebSocketMessageType type;
    std::string str;
    std::size_t wireSize;
    WebSocketErrorInfo errorInfo;
    bool binary;
    WebSocketMessage(WebSocketMessageType t, const std::string &s, std::size_t w, WebSocketErrorInfo e, bool b)
        : type(t), str(s), wireSize(w), errorInfo(e), binary(b) {}
};
using WebSocketMessagePtr = std::unique_ptr<WebSocketMessage>;
using OnMessageCallback = std::function<void(const WebSocketMessagePtr &)>;
class WebSocket {
public:
    WebSocket();
    ~WebSocket();
    void setOnMessageCallback(const OnMessageCallback &callback);
    void handleFrame(const std::string &payload, bool binary);
private:
    OnMessageCallback _onMessageCallback;
    std::size_t _received;
};
}
//--- v2/IXWebSocket.h
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
namespace ix {
enum class WebSocketMessageType { Message = 0, Open = 1, Close = 2, Error = 3, Ping = 4, Pong = 5, Fragment = 6 };
struct WebSocketErrorInfo {
    std::uint32_t retries = 0;
    double wait_time = 0;
    int http_status = 0;
    std::string reason;
    bool decompressionError = false;
};
struct WebSocketMessage {
    WebSocketMessageType type;
    const std::string &str;
    std::size_t wireSize;
    WebSocketErrorInfo errorInfo;
    bool binary;
    WebSocketMessage(WebSocketMessageType t, const std::string &s, std::size_t w, WebSocketErrorInfo e, bool b)
        : type(t), str(s), wireSize(w), errorInfo(e), binary(b) {}
};
using WebSocketMessagePtr = std::unique_ptr<WebSocketMessage>;
using OnMessageCallback = std::function<void(const WebSocketMessagePtr &)>;
class WebSocket {
public:
    WebSocket();
    ~WebSocket();
    void setOnMessageCallback(const OnMessageCallback &callback);
    void handleFrame(const std::string &payload, bool binary);
private:
    OnMessageCallback _onMessageCallback;
    std::size_t _received;
};
}
//--- lib.cc
#include "IXWebSocket.h"
namespace ix {
WebSocket::WebSocket() : _received(0) {}
WebSocket::~WebSocket() {}
void WebSocket::setOnMessageCallback(const OnMessageCallback &callback) { _onMessageCallback = callback; }
void WebSocket::handleFrame(const std::string &payload, bool binary) {
    _received += payload.size() + 2;
    if (!_onMessageCallback) return;
    WebSocketMessagePtr msg(new WebSocketMessage(WebSocketMessageType::Message, payload, payload.size() + 2, WebSocketErrorInfo(), binary));
    _onMessageCallback(msg);
}
}
