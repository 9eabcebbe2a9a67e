// expect: info
// why: The other side of 1100: the same bool isEncoded added into ColumnVectorBatch's tail padding, but no
// why: application can derive from the class: its only constructor is private (create() is the factory), it has no
// why: pure virtual and no protected member, and nothing takes one from callers. Every object is the library's own,
// why: built by its constructor, so no derived member can sit in that padding: size and offsets hold.
// abidiff: 4 disagree: the member fills tail padding of a class only the library constructs and no consumer can derive from.
//--- v1/Vector.h
#include <cstdint>
#include <memory>
#include <string>
#include <vector>
namespace orc {
struct ColumnVectorBatch {
    static ColumnVectorBatch *create(uint64_t capacity);
    virtual ~ColumnVectorBatch();
    uint64_t capacity;
    uint64_t numElements;
    std::vector<char> notNull;
    bool hasNulls;
    virtual std::string toString() const;
    virtual void resize(uint64_t capacity);
    virtual void clear();
private:
    explicit ColumnVectorBatch(uint64_t capacity);
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
    static ColumnVectorBatch *create(uint64_t capacity);
    virtual ~ColumnVectorBatch();
    uint64_t capacity;
    uint64_t numElements;
    std::vector<char> notNull;
    bool hasNulls;
    bool isEncoded;
    virtual std::string toString() const;
    virtual void resize(uint64_t capacity);
    virtual void clear();
private:
    explicit ColumnVectorBatch(uint64_t capacity);
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
ColumnVectorBatch *ColumnVectorBatch::create(uint64_t cap) { return new ColumnVectorBatch(cap); }
std::string ColumnVectorBatch::toString() const { return "Vector <" + std::to_string(numElements) + " of " + std::to_string(capacity) + ">"; }
std::unique_ptr<ColumnVectorBatch> createRowBatch(uint64_t size) { return std::unique_ptr<ColumnVectorBatch>(ColumnVectorBatch::create(size)); }
}
//--- v2
#include "Vector.h"
namespace orc {
ColumnVectorBatch::ColumnVectorBatch(uint64_t cap) : capacity(cap), numElements(0), notNull(cap, 1), hasNulls(false), isEncoded(false) {}
ColumnVectorBatch::~ColumnVectorBatch() {}
void ColumnVectorBatch::resize(uint64_t cap) { if (cap > capacity) { capacity = cap; notNull.resize(cap, 1); } }
void ColumnVectorBatch::clear() { numElements = 0; hasNulls = false; isEncoded = false; }
ColumnVectorBatch *ColumnVectorBatch::create(uint64_t cap) { return new ColumnVectorBatch(cap); }
std::string ColumnVectorBatch::toString() const { return "Vector <" + std::to_string(numElements) + " of " + std::to_string(capacity) + ">"; }
std::unique_ptr<ColumnVectorBatch> createRowBatch(uint64_t size) { return std::unique_ptr<ColumnVectorBatch>(ColumnVectorBatch::create(size)); }
}
