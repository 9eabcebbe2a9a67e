// expect: warning
// why: SkSamplingOptions is built by consumers and passed by reference to SkCanvas::drawImage, so it is public.
// why: v1 declares every member const; v2 drops the const: sizes and offsets hold, but a top-level const added to
// why: or dropped from a member of a caller-built type changes what both sides may assume about it (v1's consumers
// why: could not assign one, v2's can, and the library may no longer treat the values as fixed): a warning (as in 487).
// abidiff: 4 agree
//--- v1/SkSamplingOptions.h
enum class SkFilterMode { kNearest, kLinear };
enum class SkMipmapMode { kNone, kNearest, kLinear };
struct SkSamplingOptions {
  const int maxAniso = 0;
  const bool useCubic = false;
  const SkFilterMode filter = SkFilterMode::kNearest;
  const SkMipmapMode mipmap = SkMipmapMode::kNone;
  SkSamplingOptions() = default;
  SkSamplingOptions(SkFilterMode f, SkMipmapMode m) : filter(f), mipmap(m) {}
};
class SkCanvas {
public:
  SkCanvas();
  int drawImage(const void *image, float x, float y, const SkSamplingOptions &sampling);
private:
  int fSaveCount;
};
//--- v2/SkSamplingOptions.h
enum class SkFilterMode { kNearest, kLinear };
enum class SkMipmapMode { kNone, kNearest, kLinear };
struct SkSamplingOptions {
  int maxAniso = 0;
  bool useCubic = false;
  SkFilterMode filter = SkFilterMode::kNearest;
  SkMipmapMode mipmap = SkMipmapMode::kNone;
  SkSamplingOptions() = default;
  SkSamplingOptions(SkFilterMode f, SkMipmapMode m) : filter(f), mipmap(m) {}
};
class SkCanvas {
public:
  SkCanvas();
  int drawImage(const void *image, float x, float y, const SkSamplingOptions &sampling);
private:
  int fSaveCount;
};
//--- v1
#include "SkSamplingOptions.h"
SkCanvas::SkCanvas() : fSaveCount(1) {}
int SkCanvas::drawImage(const void *image, float x, float y, const SkSamplingOptions &s) { if (!image) return 0; return int(x + y) + (s.useCubic ? 100 : 0) + int(s.filter) * 10 + int(s.mipmap) + s.maxAniso * fSaveCount; }
//--- v2
#include "SkSamplingOptions.h"
SkCanvas::SkCanvas() : fSaveCount(1) {}
int SkCanvas::drawImage(const void *image, float x, float y, const SkSamplingOptions &s) { if (!image) return 0; return int(x + y) + (s.useCubic ? 100 : 0) + int(s.filter) * 10 + int(s.mipmap) + s.maxAniso * fSaveCount; }
