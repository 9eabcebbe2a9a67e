// expect: none
// why: Cap'n Proto spells kj::uint (typedef unsigned int) out as unsigned int in MallocMessageBuilder's
// why: constructor, allocateSegment and the nextSize and segments members. A typedef does not enter mangled names:
// why: _ZN5capnp20MallocMessageBuilderC1EjNS_18AllocationStrategyE and the members' types, offsets and sizes are
// why: the same, so the two versions denote the same class and functions.
// abidiff: 0 agree
//--- v1/message.h
#include <cstdint>
namespace kj { typedef unsigned int uint; }
namespace capnp {
using kj::uint;
enum class AllocationStrategy : std::uint8_t { FIXED_SIZE, GROW_HEURISTICALLY };
constexpr uint SUGGESTED_FIRST_SEGMENT_WORDS = 1024;
class MallocMessageBuilder {
public:
  explicit MallocMessageBuilder(uint firstSegmentWords = SUGGESTED_FIRST_SEGMENT_WORDS, AllocationStrategy allocationStrategy = AllocationStrategy::GROW_HEURISTICALLY);
  ~MallocMessageBuilder();
  void *allocateSegment(uint minimumSize);
  uint segmentCount() const { return segments; }
private:
  uint nextSize;
  uint segments;
  AllocationStrategy allocationStrategy;
  bool ownFirstSegment;
  void *firstSegment;
};
}
//--- v2/message.h
#include <cstdint>
namespace kj { typedef unsigned int uint; }
namespace capnp {
enum class AllocationStrategy : std::uint8_t { FIXED_SIZE, GROW_HEURISTICALLY };
constexpr unsigned int SUGGESTED_FIRST_SEGMENT_WORDS = 1024;
class MallocMessageBuilder {
public:
  explicit MallocMessageBuilder(unsigned int firstSegmentWords = SUGGESTED_FIRST_SEGMENT_WORDS, AllocationStrategy allocationStrategy = AllocationStrategy::GROW_HEURISTICALLY);
  ~MallocMessageBuilder();
  void *allocateSegment(unsigned int minimumSize);
  unsigned int segmentCount() const { return segments; }
private:
  unsigned int nextSize;
  unsigned int segments;
  AllocationStrategy allocationStrategy;
  bool ownFirstSegment;
  void *firstSegment;
};
}
//--- v1
#include <cstdlib>
#include "message.h"
namespace capnp {
MallocMessageBuilder::MallocMessageBuilder(uint firstSegmentWords, AllocationStrategy allocationStrategy)
  : nextSize(firstSegmentWords), segments(0), allocationStrategy(allocationStrategy), ownFirstSegment(true), firstSegment(nullptr) {}
MallocMessageBuilder::~MallocMessageBuilder() { if (ownFirstSegment) std::free(firstSegment); }
void *MallocMessageBuilder::allocateSegment(uint minimumSize) {
  uint size = minimumSize > nextSize ? minimumSize : nextSize;
  void *result = std::calloc(size, 8);
  if (!result) return nullptr;
  if (!firstSegment) firstSegment = result;
  if (allocationStrategy == AllocationStrategy::GROW_HEURISTICALLY) nextSize += size;
  segments++;
  return result;
}
}
//--- v2
#include <cstdlib>
#include "message.h"
namespace capnp {
MallocMessageBuilder::MallocMessageBuilder(unsigned int firstSegmentWords, AllocationStrategy allocationStrategy)
  : nextSize(firstSegmentWords), segments(0), allocationStrategy(allocationStrategy), ownFirstSegment(true), firstSegment(nullptr) {}
MallocMessageBuilder::~MallocMessageBuilder() { if (ownFirstSegment) std::free(firstSegment); }
void *MallocMessageBuilder::allocateSegment(unsigned int minimumSize) {
  unsigned int size = minimumSize > nextSize ? minimumSize : nextSize;
  void *result = std::calloc(size, 8);
  if (!result) return nullptr;
  if (!firstSegment) firstSegment = result;
  if (allocationStrategy == AllocationStrategy::GROW_HEURISTICALLY) nextSize += size;
  segments++;
  return result;
}
}
