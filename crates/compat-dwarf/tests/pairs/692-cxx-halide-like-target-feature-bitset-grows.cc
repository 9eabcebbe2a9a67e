// expect: breaking
// why: Halide::Target is returned by value from get_host_target and passed by reference to has_feature, so
// why: consumers allocate it. Its features member is std::bitset<FeatureEnd>; v2 adds enumerators that take
// why: FeatureEnd from 60 to 70, so the bitset grows from 8 to 16 bytes and Target from 24 to 32: the library writes
// why: past old callers' return slots.
// abidiff: 4 agree
//--- v1/Target.h
#include <bitset>
namespace Halide {
struct Target {
  enum OS { OSUnknown = 0, Linux, Windows, OSX };
  enum Arch { ArchUnknown = 0, X86, ARM };
  enum Feature { JIT = 0, Debug = 1, NoAsserts = 2, AVX2 = 30, FeatureEnd = 60 };
  OS os = OSUnknown;
  Arch arch = ArchUnknown;
  int bits = 0;
  std::bitset<FeatureEnd> features;
  bool has_feature(Feature f) const;
};
Target get_host_target();
}
//--- v2/Target.h
#include <bitset>
namespace Halide {
struct Target {
  enum OS { OSUnknown = 0, Linux, Windows, OSX };
  enum Arch { ArchUnknown = 0, X86, ARM };
  enum Feature { JIT = 0, Debug = 1, NoAsserts = 2, AVX2 = 30, AVX512 = 60, ARMDotProd = 61, FeatureEnd = 70 };
  OS os = OSUnknown;
  Arch arch = ArchUnknown;
  int bits = 0;
  std::bitset<FeatureEnd> features;
  bool has_feature(Feature f) const;
};
Target get_host_target();
}
//--- v1
#include "Target.h"
namespace Halide {
bool Target::has_feature(Feature f) const { return f < FeatureEnd && features.test(f); }
Target get_host_target() { Target t; t.os = Target::Linux; t.arch = Target::X86; t.bits = 64; t.features.set(Target::AVX2); return t; }
}
//--- v2
#include "Target.h"
namespace Halide {
bool Target::has_feature(Feature f) const { return f < FeatureEnd && features.test(f); }
Target get_host_target() { Target t; t.os = Target::Linux; t.arch = Target::X86; t.bits = 64; t.features.set(Target::AVX2); t.features.set(Target::AVX512); return t; }
}
