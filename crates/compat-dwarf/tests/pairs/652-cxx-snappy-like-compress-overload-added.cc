// expect: info
// why: v2 adds an overload snappy::Compress(const char *, size_t, std::string *, CompressionOptions) beside the
// why: old one, which keeps its symbol; CompressionOptions is new. Nothing old binaries use changes: an addition.
// abidiff: 4 disagree: abidiff reports the added overload as an ABI change (exit 4); an addition breaks no binary built against v1.
//--- v1/snappy.h
#include <cstddef>
#include <string>
namespace snappy { std::size_t Compress(const char *input, std::size_t input_length, std::string *compressed); }
//--- v2/snappy.h
#include <cstddef>
#include <string>
namespace snappy {
struct CompressionOptions { int level = 1; };
std::size_t Compress(const char *input, std::size_t input_length, std::string *compressed);
std::size_t Compress(const char *input, std::size_t input_length, std::string *compressed, CompressionOptions options);
}
//--- v1
#include "snappy.h"
namespace snappy { std::size_t Compress(const char *input, std::size_t input_length, std::string *compressed) { compressed->assign(input, input_length); return compressed->size(); } }
//--- v2
#include "snappy.h"
namespace snappy {
std::size_t Compress(const char *input, std::size_t input_length, std::string *compressed, CompressionOptions options) { compressed->assign(input, input_length); if (options.level > 1) compressed->shrink_to_fit(); return compressed->size(); }
std::size_t Compress(const char *input, std::size_t input_length, std::string *compressed) { return Compress(input, input_length, compressed, CompressionOptions()); }
}
