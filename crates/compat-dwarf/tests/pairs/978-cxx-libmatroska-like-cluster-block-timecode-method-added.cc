// expect: info
// why: libmatroska::KaxCluster gains a non-virtual exported member function GetBlockGlobalTimecode(int16_t), computing
// why: a block's absolute timecode from its cluster-relative one: a new symbol. The class's members, size, vtable
// why: (none) and existing symbols are unchanged.
// abidiff: 4 disagree: adding a symbol is compatible.
//--- v1/KaxCluster.h
#include <cstdint>
namespace libmatroska {
class KaxCluster {
public:
    KaxCluster();
    void InitTimecode(std::uint64_t aTimecode, std::int64_t aPrevTimecode);
    std::uint64_t GlobalTimecode() const;
    std::int16_t GetBlockLocalTimecode(std::uint64_t aGlobalTimecode) const;
    void SetGlobalTimecodeScale(std::uint64_t aScale) { GlobalTimecodeScale = aScale; }
private:
    std::uint64_t MinTimecode;
    std::uint64_t MaxTimecode;
    std::int64_t PreviousTimecode;
    std::uint64_t GlobalTimecodeScale;
    bool bFirstFrameInside;
    bool bPreviousTimecodeIsSet;
};
}
//--- v2/KaxCluster.h
#include <cstdint>
namespace libmatroska {
class KaxCluster {
public:
    KaxCluster();
    void InitTimecode(std::uint64_t aTimecode, std::int64_t aPrevTimecode);
    std::uint64_t GlobalTimecode() const;
    std::int16_t GetBlockLocalTimecode(std::uint64_t aGlobalTimecode) const;
    std::uint64_t GetBlockGlobalTimecode(std::int16_t LocalTimecode);
    void SetGlobalTimecodeScale(std::uint64_t aScale) { GlobalTimecodeScale = aScale; }
private:
    std::uint64_t MinTimecode;
    std::uint64_t MaxTimecode;
    std::int64_t PreviousTimecode;
    std::uint64_t GlobalTimecodeScale;
    bool bFirstFrameInside;
    bool bPreviousTimecodeIsSet;
};
}
//--- v1
#include "KaxCluster.h"
namespace libmatroska {
KaxCluster::KaxCluster() : MinTimecode(0), MaxTimecode(0), PreviousTimecode(0), GlobalTimecodeScale(1000000), bFirstFrameInside(false), bPreviousTimecodeIsSet(false) {}
void KaxCluster::InitTimecode(std::uint64_t aTimecode, std::int64_t aPrevTimecode) { MinTimecode = MaxTimecode = aTimecode * GlobalTimecodeScale; PreviousTimecode = aPrevTimecode; bPreviousTimecodeIsSet = true; }
std::uint64_t KaxCluster::GlobalTimecode() const { return MinTimecode; }
std::int16_t KaxCluster::GetBlockLocalTimecode(std::uint64_t aGlobalTimecode) const { return static_cast<std::int16_t>((static_cast<std::int64_t>(aGlobalTimecode) - static_cast<std::int64_t>(MinTimecode)) / static_cast<std::int64_t>(GlobalTimecodeScale)); }
}
//--- v2
#include "KaxCluster.h"
namespace libmatroska {
KaxCluster::KaxCluster() : MinTimecode(0), MaxTimecode(0), PreviousTimecode(0), GlobalTimecodeScale(1000000), bFirstFrameInside(false), bPreviousTimecodeIsSet(false) {}
void KaxCluster::InitTimecode(std::uint64_t aTimecode, std::int64_t aPrevTimecode) { MinTimecode = MaxTimecode = aTimecode * GlobalTimecodeScale; PreviousTimecode = aPrevTimecode; bPreviousTimecodeIsSet = true; }
std::uint64_t KaxCluster::GlobalTimecode() const { return MinTimecode; }
std::int16_t KaxCluster::GetBlockLocalTimecode(std::uint64_t aGlobalTimecode) const { return static_cast<std::int16_t>((static_cast<std::int64_t>(aGlobalTimecode) - static_cast<std::int64_t>(MinTimecode)) / static_cast<std::int64_t>(GlobalTimecodeScale)); }
std::uint64_t KaxCluster::GetBlockGlobalTimecode(std::int16_t LocalTimecode) { if (!bFirstFrameInside) bFirstFrameInside = true; return static_cast<std::uint64_t>(static_cast<std::int64_t>(LocalTimecode) * static_cast<std::int64_t>(GlobalTimecodeScale)) + MinTimecode; }
}
