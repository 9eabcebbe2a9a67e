// expect: info
// why: enum Mode (unscoped, values 0-2, so GCC's underlying type is unsigned int) becomes enum class Mode :
// why: unsigned int with the same enumerators and values: same size, signedness and mangled name
// why: (_ZN3gfx8set_modeE4Mode), so binaries are unaffected; but source that used the values unqualified or
// why: as integers no longer compiles, an API change a reader should see.
// abidiff: 0 agree
//--- v1/gfx.h
enum Mode { MODE_FILL, MODE_LINE, MODE_POINT };
namespace gfx { int set_mode(Mode m); }
//--- v2/gfx.h
enum class Mode : unsigned int { MODE_FILL, MODE_LINE, MODE_POINT };
namespace gfx { int set_mode(Mode m); }
//--- v1
#include "gfx.h"
namespace gfx { static Mode cur; int set_mode(Mode m) { cur = m; return m == MODE_POINT; } }
//--- v2
#include "gfx.h"
namespace gfx { static Mode cur; int set_mode(Mode m) { cur = m; return m == Mode::MODE_POINT; } }
