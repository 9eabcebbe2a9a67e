// expect: breaking
// why: The other side of round 26's 1088 fix, with no function taking a ColumnVectorBatch from callers: the library
// why: only creates batches (createRowBatch) and its base constructor and clear() set the new isEncoded. The class
// why: has a pure virtual, so applications derive from it, and a derived class built against v1 may keep its own
// why: first member at byte 49, the base's tail padding (Itanium ABI); v2's constructor and clear() write isEncoded
// why: there on the application's objects.
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
}
