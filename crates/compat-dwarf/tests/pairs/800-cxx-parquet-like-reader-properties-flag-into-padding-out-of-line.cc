// expect: info
// why: parquet::ReaderProperties is built by consumers through its exported constructor (or returned by value from
// why: default_reader_properties) and read only through out-of-line member functions. v2 adds bool
// why: page_checksum_verification_ right after bool buffered_stream_enabled_, in the padding before the int32_t
// why: limits: size, alignment and every offset hold, the class stays trivially copyable (copies carry all 32 bytes),
// why: and the only code that writes or reads the new byte is the library's own constructor and accessors.
// abidiff: 4 disagree: abidiff reports the member inserted at byte 17 and the added accessors; it lives in former padding that only the library's constructor and accessors touch, and no offset or size changes.
//--- v1/properties.h
#include <cstdint>
namespace parquet {
class MemoryPool;
class ReaderProperties {
public:
    explicit ReaderProperties(MemoryPool *pool = nullptr);
    MemoryPool *memory_pool() const;
    std::int64_t buffer_size() const;
    bool is_buffered_stream_enabled() const;
    void enable_buffered_stream();
    std::int32_t thrift_string_size_limit() const;
private:
    MemoryPool *pool_;
    std::int64_t buffer_size_;
    bool buffered_stream_enabled_;
    std::int32_t thrift_string_size_limit_;
    std::int32_t thrift_container_size_limit_;
};
ReaderProperties default_reader_properties();
int open_file(const char *path, const ReaderProperties &props);
}
//--- v2/properties.h
#include <cstdint>
namespace parquet {
class MemoryPool;
class ReaderProperties {
public:
    explicit ReaderProperties(MemoryPool *pool = nullptr);
    MemoryPool *memory_pool() const;
    std::int64_t buffer_size() const;
    bool is_buffered_stream_enabled() const;
    void enable_buffered_stream();
    std::int32_t thrift_string_size_limit() const;
    bool page_checksum_verification() const;
    void set_page_checksum_verification(bool check);
private:
    MemoryPool *pool_;
    std::int64_t buffer_size_;
    bool buffered_stream_enabled_;
    bool page_checksum_verification_;
    std::int32_t thrift_string_size_limit_;
    std::int32_t thrift_container_size_limit_;
};
ReaderProperties default_reader_properties();
int open_file(const char *path, const ReaderProperties &props);
}
//--- v1
#include "properties.h"
namespace parquet {
ReaderProperties::ReaderProperties(MemoryPool *pool) : pool_(pool), buffer_size_(1 << 14), buffered_stream_enabled_(false), thrift_string_size_limit_(100 << 20), thrift_container_size_limit_(1000000) {}
MemoryPool *ReaderProperties::memory_pool() const { return pool_; }
std::int64_t ReaderProperties::buffer_size() const { return buffer_size_; }
bool ReaderProperties::is_buffered_stream_enabled() const { return buffered_stream_enabled_; }
void ReaderProperties::enable_buffered_stream() { buffered_stream_enabled_ = true; }
std::int32_t ReaderProperties::thrift_string_size_limit() const { return thrift_string_size_limit_; }
ReaderProperties default_reader_properties() { return ReaderProperties(); }
int open_file(const char *path, const ReaderProperties &props) { return path && props.buffer_size() > 0 ? (props.is_buffered_stream_enabled() ? 2 : 1) : -1; }
}
//--- v2
#include "properties.h"
namespace parquet {
ReaderProperties::ReaderProperties(MemoryPool *pool) : pool_(pool), buffer_size_(1 << 14), buffered_stream_enabled_(false), page_checksum_verification_(false), thrift_string_size_limit_(100 << 20), thrift_container_size_limit_(1000000) {}
MemoryPool *ReaderProperties::memory_pool() const { return pool_; }
std::int64_t ReaderProperties::buffer_size() const { return buffer_size_; }
bool ReaderProperties::is_buffered_stream_enabled() const { return buffered_stream_enabled_; }
void ReaderProperties::enable_buffered_stream() { buffered_stream_enabled_ = true; }
std::int32_t ReaderProperties::thrift_string_size_limit() const { return thrift_string_size_limit_; }
bool ReaderProperties::page_checksum_verification() const { return page_checksum_verification_; }
void ReaderProperties::set_page_checksum_verification(bool check) { page_checksum_verification_ = check; }
ReaderProperties default_reader_properties() { return ReaderProperties(); }
int open_file(const char *path, const ReaderProperties &props) { return path && props.buffer_size() > 0 ? (props.is_buffered_stream_enabled() ? 2 : 1) + (props.page_checksum_verification() ? 4 : 0) : -1; }
}
