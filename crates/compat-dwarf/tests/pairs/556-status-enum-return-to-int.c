// expect: info
// why: zip_error_code returns enum zip_err in v1 and int in v2. The enum has ZIP_ER_UNKNOWN = -1, so its underlying
// why: type is int: the same size, signedness and register (eax). Binaries are unaffected; the enum leaving the
// why: signature is worth a line.
// abidiff: 0 agree
//--- v1/zerr.h
enum zip_err { ZIP_ER_UNKNOWN = -1, ZIP_ER_OK = 0, ZIP_ER_MEMORY = 14, ZIP_ER_INVAL = 18 };
enum zip_err zip_error_code(const char *what);
//--- v2/zerr.h
enum zip_err { ZIP_ER_UNKNOWN = -1, ZIP_ER_OK = 0, ZIP_ER_MEMORY = 14, ZIP_ER_INVAL = 18 };
int zip_error_code(const char *what);
//--- v1
#include "zerr.h"
enum zip_err zip_error_code(const char *what) { return !what ? ZIP_ER_INVAL : what[0] == 0 ? ZIP_ER_OK : ZIP_ER_UNKNOWN; }
//--- v2
#include "zerr.h"
int zip_error_code(const char *what) { return !what ? ZIP_ER_INVAL : what[0] == 0 ? ZIP_ER_OK : ZIP_ER_UNKNOWN; }
