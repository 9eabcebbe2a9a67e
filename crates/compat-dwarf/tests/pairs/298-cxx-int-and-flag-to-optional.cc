// expect: info
// why: ConnectOptions replaces int timeout_ms plus bool has_timeout with std::optional<int> timeout_ms. libstdc++
// why: lays optional<int> out as the int at byte 0 and the engaged flag at byte 4, exactly where has_timeout was,
// why: and both structs are 8 bytes, trivially copyable, passed by const reference under the same symbol. Old
// why: callers' bytes mean the same to the new library; only the source API changed.
// abidiff: 4 disagree: abidiff reports has_timeout deleted and timeout_ms retyped from int to std::optional<int>; optional<int> puts the value at byte 0 and the engaged flag at byte 4, where has_timeout was, in the same 8 bytes.
//--- v1/connect.h
struct ConnectOptions {
  int timeout_ms;
  bool has_timeout;
};
int connect_to(const char *host, const ConnectOptions &opts);
//--- v2/connect.h
#include <optional>
struct ConnectOptions {
  std::optional<int> timeout_ms;
};
int connect_to(const char *host, const ConnectOptions &opts);
//--- v1
#include "connect.h"
int connect_to(const char *host, const ConnectOptions &opts) { if (!host) return -1; return opts.has_timeout ? opts.timeout_ms : 30000; }
//--- v2
#include "connect.h"
int connect_to(const char *host, const ConnectOptions &opts) { if (!host) return -1; return opts.timeout_ms.value_or(30000); }
