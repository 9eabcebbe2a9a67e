// expect: none
// why: DuckDB's modernize pass turns typedef uint64_t idx_t; into using idx_t = uint64_t; (and typedef uint8_t
// why: data_t likewise). An alias declaration introduces the same typedef-name as the typedef did: DataChunk's
// why: members, the parameters and results of its exported functions and every mangled name are unchanged.
// abidiff: 0 agree
//--- v1/chunk.h
#include <cstdint>
namespace duckdb {
typedef uint64_t idx_t;
typedef uint8_t data_t;
typedef data_t *data_ptr_t;
class DataChunk {
public:
    DataChunk();
    ~DataChunk();
    void Initialize(idx_t column_count, idx_t capacity);
    void SetCardinality(idx_t count);
    idx_t size() const;
    idx_t ColumnCount() const;
    data_ptr_t GetData(idx_t column) const;
private:
    idx_t count_;
    idx_t capacity_;
    idx_t column_count_;
    data_ptr_t data_;
};
}
//--- v2/chunk.h
#include <cstdint>
namespace duckdb {
using idx_t = uint64_t;
using data_t = uint8_t;
using data_ptr_t = data_t *;
class DataChunk {
public:
    DataChunk();
    ~DataChunk();
    void Initialize(idx_t column_count, idx_t capacity);
    void SetCardinality(idx_t count);
    idx_t size() const;
    idx_t ColumnCount() const;
    data_ptr_t GetData(idx_t column) const;
private:
    idx_t count_;
    idx_t capacity_;
    idx_t column_count_;
    data_ptr_t data_;
};
}
//--- lib.cc
#include "chunk.h"
namespace duckdb {
DataChunk::DataChunk() : count_(0), capacity_(0), column_count_(0), data_(nullptr) {}
DataChunk::~DataChunk() { delete[] data_; }
void DataChunk::Initialize(idx_t column_count, idx_t capacity) { delete[] data_; column_count_ = column_count; capacity_ = capacity; count_ = 0; data_ = new data_t[column_count * capacity * 8](); }
void DataChunk::SetCardinality(idx_t count) { count_ = count <= capacity_ ? count : capacity_; }
idx_t DataChunk::size() const { return count_; }
idx_t DataChunk::ColumnCount() const { return column_count_; }
data_ptr_t DataChunk::GetData(idx_t column) const { return column < column_count_ ? data_ + column * capacity_ * 8 : nullptr; }
}
