// expect: info
// why: rocksdb's CompressionType : unsigned char gains kZSTD = 0x7 before kDisableCompressionOption = 0xff: every
// why: existing enumerator keeps its explicit value and the underlying type is fixed, so the Options member
// why: keeps its byte and old binaries' values mean the same. A new enumerator is an API extension.
// abidiff: 0 agree
//--- v1/options.h
namespace rocksdb {
enum CompressionType : unsigned char {
  kNoCompression = 0x0, kSnappyCompression = 0x1, kZlibCompression = 0x2, kBZip2Compression = 0x3,
  kLZ4Compression = 0x4, kLZ4HCCompression = 0x5, kXpressCompression = 0x6,
  kDisableCompressionOption = 0xff
};
struct ColumnFamilyOptions {
  ColumnFamilyOptions();
  CompressionType compression;
  int num_levels;
  unsigned long write_buffer_size;
};
bool CompressionTypeSupported(CompressionType type);
}
//--- v2/options.h
namespace rocksdb {
enum CompressionType : unsigned char {
  kNoCompression = 0x0, kSnappyCompression = 0x1, kZlibCompression = 0x2, kBZip2Compression = 0x3,
  kLZ4Compression = 0x4, kLZ4HCCompression = 0x5, kXpressCompression = 0x6, kZSTD = 0x7,
  kDisableCompressionOption = 0xff
};
struct ColumnFamilyOptions {
  ColumnFamilyOptions();
  CompressionType compression;
  int num_levels;
  unsigned long write_buffer_size;
};
bool CompressionTypeSupported(CompressionType type);
}
//--- v1
#include "options.h"
namespace rocksdb {
ColumnFamilyOptions::ColumnFamilyOptions() : compression(kSnappyCompression), num_levels(7), write_buffer_size(64UL << 20) {}
bool CompressionTypeSupported(CompressionType type) { return type <= kXpressCompression; }
}
//--- v2
#include "options.h"
namespace rocksdb {
ColumnFamilyOptions::ColumnFamilyOptions() : compression(kSnappyCompression), num_levels(7), write_buffer_size(64UL << 20) {}
bool CompressionTypeSupported(CompressionType type) { return type <= kZSTD; }
}
