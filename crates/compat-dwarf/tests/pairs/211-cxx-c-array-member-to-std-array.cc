// expect: info
// why: struct Color's channels member goes from int[4] to std::array<int, 4>: a trivially copyable aggregate
// why: holding the same four ints at the same offset, so Color keeps its size (20), layout and triviality, and
// why: paint::blend's mangled name does not mention members. A type replaced by one of the same representation.
// abidiff: 4 disagree: abidiff reports int[4] changed to std::array<int, 4>; the same four ints at the same offset, so Color and paint::blend's calling convention are unchanged.
//--- v1/paint.h
struct Color { int id; int channels[4]; };
namespace paint { Color blend(Color a, Color b); }
//--- v2/paint.h
#include <array>
struct Color { int id; std::array<int, 4> channels; };
namespace paint { Color blend(Color a, Color b); }
//--- lib.cc
#include "paint.h"
namespace paint { Color blend(Color a, Color b) { Color r = a; for (int i = 0; i < 4; i++) r.channels[i] = (a.channels[i] + b.channels[i]) / 2; return r; } }
