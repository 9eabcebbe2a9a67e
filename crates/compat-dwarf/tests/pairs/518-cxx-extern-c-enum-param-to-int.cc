// expect: info
// why: sf_command is declared extern "C" in a C++ library, so its symbol is the plain name whatever its
// why: parameter types. v2 types its cmd parameter int instead of enum sf_cmd, whose enumerators include
// why: SFC_ERROR = -1, so the enum's underlying type is int: same size, signedness and register. Binaries are
// why: unaffected; the enum leaving the signature is worth a line (as in 18).
// abidiff: 0 agree
//--- v1/sf.h
enum sf_cmd { SFC_ERROR = -1, SFC_GET_LIB_VERSION = 0x1000, SFC_GET_LOG_INFO = 0x1001, SFC_SET_NORM_FLOAT = 0x1012 };
extern "C" int sf_command(void *sndfile, enum sf_cmd cmd, void *data, int datasize);
//--- v2/sf.h
enum sf_cmd { SFC_ERROR = -1, SFC_GET_LIB_VERSION = 0x1000, SFC_GET_LOG_INFO = 0x1001, SFC_SET_NORM_FLOAT = 0x1012 };
extern "C" int sf_command(void *sndfile, int cmd, void *data, int datasize);
//--- v1
#include <cstring>
#include "sf.h"
extern "C" int sf_command(void *sndfile, enum sf_cmd cmd, void *data, int datasize) {
  (void)sndfile;
  if (cmd == SFC_GET_LIB_VERSION && data && datasize > 16) { std::strcpy(static_cast<char *>(data), "libsndfile-1.0.31"); return 17; }
  return cmd == SFC_ERROR ? -1 : 0;
}
//--- v2
#include <cstring>
#include "sf.h"
extern "C" int sf_command(void *sndfile, int cmd, void *data, int datasize) {
  (void)sndfile;
  if (cmd == SFC_GET_LIB_VERSION && data && datasize > 16) { std::strcpy(static_cast<char *>(data), "libsndfile-1.0.31"); return 17; }
  return cmd == SFC_ERROR ? -1 : 0;
}
