// expect: breaking
// why: The versioning inline namespace goes from v1 to v2: source stays compatible, but every symbol is
// why: mangled with it (_ZN4zipx2v18compressEPKci becomes _ZN4zipx2v28compressEPKci), so old programs find
// why: none of theirs.
// abidiff: 12 agree
//--- v1/zip.h
namespace zipx { inline namespace v1 { int compress(const char *p, int n); int level(); } }
//--- v2/zip.h
namespace zipx { inline namespace v2 { int compress(const char *p, int n); int level(); } }
//--- v1
#include "zip.h"
namespace zipx { inline namespace v1 { int compress(const char *p, int n) { return p ? n / 2 : 0; } int level() { return 6; } } }
//--- v2
#include "zip.h"
namespace zipx { inline namespace v2 { int compress(const char *p, int n) { return p ? n / 2 : 0; } int level() { return 6; } } }
