// expect: none
// why: io::seek's offset and result are respelled from std::int64_t to long: on x86-64 glibc int64_t is a
// why: typedef of long, so the types, the registers and the mangled name (_ZN2io4seekEil) are the same.
// abidiff: 0 agree
//--- v1/io.h
#include <cstdint>
namespace io { std::int64_t seek(int fd, std::int64_t offset); }
//--- v2/io.h
namespace io { long seek(int fd, long offset); }
//--- v1
#include "io.h"
namespace io { std::int64_t seek(int fd, std::int64_t offset) { return fd < 0 ? -1 : offset; } }
//--- v2
#include "io.h"
namespace io { long seek(int fd, long offset) { return fd < 0 ? -1 : offset; } }
