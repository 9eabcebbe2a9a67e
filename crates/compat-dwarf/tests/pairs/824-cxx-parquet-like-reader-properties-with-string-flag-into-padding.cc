// expect: breaking
// why: the other side of 800: the same parquet::ReaderProperties, every data member private and every member function
// why: out of line, but it also holds a std::string (file_decryption_key_), so it is not trivially copyable: the copy
// why: constructor consumers compile in copies member by member and never the padding after buffered_stream_enabled_,
// why: where v2 adds page_checksum_verification_. A copy an old consumer makes and hands to open_file carries a byte
// why: nobody set, which v2 reads as a bool.
// abidiff: 4 agree
//--- v1/properties.h
#include <cstdint>
#include <string>
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
    std::string file_decryption_key_;
};
ReaderProperties default_reader_properties();
int open_file(const char *path, const ReaderProperties &props);
}
//--- v2/properties.h
#include <cstdint>
#include <string>
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
    std::string file_decryption_key_;
};
ReaderProperties default_reader_properties();
int open_file(const char *path, const ReaderProperties &props);
}
//--- v1
#include "properties.h"
namespace parquet {
ReaderProperties::ReaderProperties(MemoryPool *pool) : pool_(pool), buffer_size_(1 << 14), buffered_stream_enabled_(false), thrift_string_size_limit_(100 << 20), thrift_container_size_limit_(1000000), file_decryption_key_() {}
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
ReaderProperties::ReaderProperties(MemoryPool *pool) : pool_(pool), buffer_size_(1 << 14), buffered_stream_enabled_(false), page_checksum_verification_(false), thrift_string_size_limit_(100 << 20), thrift_container_size_limit_(1000000), file_decryption_key_() {}
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
