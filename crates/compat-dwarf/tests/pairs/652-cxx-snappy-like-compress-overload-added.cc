// expect: warning
// why: v2 adds an overload snappy::Compress(const char *, size_t, std::string *, CompressionOptions) beside the
// why: old one, which keeps its symbol; CompressionOptions is new. Nothing old binaries use changes: an addition.
// why: Corrected after compat ran (the expectation said info): v2's build also needs GLIBCXX_3.4.29 and CXXABI_1.3
// why: from libstdc++ (objdump -T), which v1 did not (only GLIBCXX_3.4.21, which implies neither), so v2 fails to
// why: load where libstdc++ is older than GCC 11's: a warning, as in 465's convention.
// abidiff: 4 agree
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
