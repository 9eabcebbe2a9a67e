// expect: breaking
// why: orc::ColumnVectorBatch is a polymorphic base with public data members, a public exported constructor and a
// why: pure virtual toString: the library derives its typed batches from it and applications may derive their own.
// why: ORC 1.6 adds bool isEncoded right after hasNulls, at byte 49, in what was the class's tail padding. The size
// why: holds, but the Itanium ABI lets a derived class put its first small member there (a bool of an application's
// why: batch class built against v1 sits at byte 49), and v2's constructor and readers now write and read that byte.
// abidiff: 4 agree
//--- v1/Vector.h
#include <cstdint>
#include <memory>
#include <string>
#include <vector>
namespace orc {
struct ColumnVectorBatch {
    explicit ColumnVectorBatch(uint64_t capacity);
    virtual ~ColumnVectorBatch();
    uint64_t capacity;
    uint64_t numElements;
    std::vector<char> notNull;
    bool hasNulls;
    virtual std::string toString() const = 0;
    virtual void resize(uint64_t capacity);
    virtual void clear();
};
struct LongVectorBatch : public ColumnVectorBatch {
    explicit LongVectorBatch(uint64_t capacity);
    ~LongVectorBatch() override;
    std::string toString() const override;
    void resize(uint64_t capacity) override;
    std::vector<int64_t> data;
};
std::unique_ptr<ColumnVectorBatch> createRowBatch(uint64_t size);
uint64_t countNulls(const ColumnVectorBatch &batch);
}
//--- v2/Vector.h
#include <cstdint>
#include <memory>
#include <string>
#include <vector>
namespace orc {
struct ColumnVectorBatch {
    explicit ColumnVectorBatch(uint64_t capacity);
    virtual ~ColumnVectorBatch();
    uint64_t capacity;
    uint64_t numElements;
    std::vector<char> notNull;
    bool hasNulls;
    bool isEncoded;
    virtual std::string toString() const = 0;
    virtual void resize(uint64_t capacity);
    virtual void clear();
};
struct LongVectorBatch : public ColumnVectorBatch {
    explicit LongVectorBatch(uint64_t capacity);
    ~LongVectorBatch() override;
    std::string toString() const override;
    void resize(uint64_t capacity) override;
    std::vector<int64_t> data;
};
std::unique_ptr<ColumnVectorBatch> createRowBatch(uint64_t size);
uint64_t countNulls(const ColumnVectorBatch &batch);
}
//--- v1
#include "Vector.h"
namespace orc {
ColumnVectorBatch::ColumnVectorBatch(uint64_t cap) : capacity(cap), numElements(0), notNull(cap, 1), hasNulls(false) {}
ColumnVectorBatch::~ColumnVectorBatch() {}
void ColumnVectorBatch::resize(uint64_t cap) { if (cap > capacity) { capacity = cap; notNull.resize(cap, 1); } }
void ColumnVectorBatch::clear() { numElements = 0; hasNulls = false; }
LongVectorBatch::LongVectorBatch(uint64_t cap) : ColumnVectorBatch(cap), data(cap) {}
LongVectorBatch::~LongVectorBatch() {}
std::string LongVectorBatch::toString() const { return "Long vector <" + std::to_string(numElements) + " of " + std::to_string(capacity) + ">"; }
void LongVectorBatch::resize(uint64_t cap) { ColumnVectorBatch::resize(cap); data.resize(cap); }
std::unique_ptr<ColumnVectorBatch> createRowBatch(uint64_t size) { return std::unique_ptr<ColumnVectorBatch>(new LongVectorBatch(size)); }
uint64_t countNulls(const ColumnVectorBatch &batch) {
    uint64_t n = 0;
    if (batch.hasNulls) for (uint64_t i = 0; i < batch.numElements; i++) n += !batch.notNull[i];
    return n;
}
}
//--- v2
#include "Vector.h"
namespace orc {
ColumnVectorBatch::ColumnVectorBatch(uint64_t cap) : capacity(cap), numElements(0), notNull(cap, 1), hasNulls(false), isEncoded(false) {}
ColumnVectorBatch::~ColumnVectorBatch() {}
void ColumnVectorBatch::resize(uint64_t cap) { if (cap > capacity) { capacity = cap; notNull.resize(cap, 1); } }
void ColumnVectorBatch::clear() { numElements = 0; hasNulls = false; isEncoded = false; }
LongVectorBatch::LongVectorBatch(uint64_t cap) : ColumnVectorBatch(cap), data(cap) {}
LongVectorBatch::~LongVectorBatch() {}
std::string LongVectorBatch::toString() const { return "Long vector <" + std::to_string(numElements) + " of " + std::to_string(capacity) + ">"; }
void LongVectorBatch::resize(uint64_t cap) { ColumnVectorBatch::resize(cap); data.resize(cap); }
std::unique_ptr<ColumnVectorBatch> createRowBatch(uint64_t size) { return std::unique_ptr<ColumnVectorBatch>(new LongVectorBatch(size)); }
uint64_t countNulls(const ColumnVectorBatch &batch) {
    uint64_t n = 0;
    if (batch.isEncoded) return 0;
    if (batch.hasNulls) for (uint64_t i = 0; i < batch.numElements; i++) n += !batch.notNull[i];
    return n;
}
}
