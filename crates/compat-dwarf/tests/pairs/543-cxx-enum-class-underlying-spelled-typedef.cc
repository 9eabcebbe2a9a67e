// expect: none
// why: media::Codec is an enum class with an explicit underlying type, a member of the caller-filled
// why: media::StreamInfo and a parameter of media::probe. v1 spells the underlying type std::uint16_t, v2 unsigned
// why: short: the same type, so the enum, the struct and the mangled names are unchanged.
// abidiff: 0 agree
//--- v1/media.h
#include <cstdint>
namespace media {
enum class Codec : std::uint16_t { None = 0, H264 = 27, HEVC = 173, AV1 = 225 };
struct StreamInfo { Codec codec; std::uint16_t width, height; };
int probe(Codec c, const StreamInfo &info);
}
//--- v2/media.h
namespace media {
enum class Codec : unsigned short { None = 0, H264 = 27, HEVC = 173, AV1 = 225 };
struct StreamInfo { Codec codec; unsigned short width, height; };
int probe(Codec c, const StreamInfo &info);
}
//--- v1
#include "media.h"
namespace media {
int probe(Codec c, const StreamInfo &info) { return c == info.codec ? info.width * info.height : -1; }
}
//--- v2
#include "media.h"
namespace media {
int probe(Codec c, const StreamInfo &info) { return c == info.codec ? info.width * info.height : -1; }
}
