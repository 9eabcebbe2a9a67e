// expect: breaking
// why: leveldb::Options is constructed by consumers (Options options; options.create_if_missing = true;) through
// why: the exported constructor Options::Options() and passed by const reference to DB::Open. v2 inserts
// why: size_t max_file_size before block_size (leveldb 1.21): the object grows from 32 to 40 bytes and
// why: block_size and block_restart_interval move, so old consumers' objects are too small and their inline
// why: stores land on the wrong members.
// abidiff: 4 agree
//--- v1/options.h
#include <cstddef>
namespace leveldb {
struct Options {
  Options();
  bool create_if_missing;
  bool error_if_exists;
  int max_open_files;
  std::size_t write_buffer_size;
  std::size_t block_size;
  int block_restart_interval;
};
int Open(const Options &options, const char *name);
}
//--- v2/options.h
#include <cstddef>
namespace leveldb {
struct Options {
  Options();
  bool create_if_missing;
  bool error_if_exists;
  int max_open_files;
  std::size_t write_buffer_size;
  std::size_t max_file_size;
  std::size_t block_size;
  int block_restart_interval;
};
int Open(const Options &options, const char *name);
}
//--- v1
#include "options.h"
namespace leveldb {
Options::Options() : create_if_missing(false), error_if_exists(false), max_open_files(1000), write_buffer_size(4 << 20), block_size(4096), block_restart_interval(16) {}
int Open(const Options &options, const char *name) { return name && options.block_size > 0 && options.block_restart_interval > 0 ? 0 : -1; }
}
//--- v2
#include "options.h"
namespace leveldb {
Options::Options() : create_if_missing(false), error_if_exists(false), max_open_files(1000), write_buffer_size(4 << 20), max_file_size(2 << 20), block_size(4096), block_restart_interval(16) {}
int Open(const Options &options, const char *name) { return name && options.block_size > 0 && options.max_file_size > 0 && options.block_restart_interval > 0 ? 0 : -1; }
}
