// expect: breaking
// why: Every extension's PG_MODULE_MAGIC builds a static Pg_magic_struct whose first member len is its own sizeof,
// why: and the server hands it to pg_check_module_magic when loading the module. PostgreSQL 15 appended char
// why: abi_extra[32] (the version number stays here), and the check rejects any block whose len is not the new
// why: sizeof: unlike a size member the library adapts to, every module built against v1 now fails to load.
// abidiff: 4 agree
//--- v1/fmgr.h
typedef struct {
    int len;
    int version;
    int funcmaxargs;
    int indexmaxkeys;
    int namedatalen;
    int float8byval;
} Pg_magic_struct;
int pg_check_module_magic(const Pg_magic_struct *magic);
//--- v2/fmgr.h
typedef struct {
    int len;
    int version;
    int funcmaxargs;
    int indexmaxkeys;
    int namedatalen;
    int float8byval;
    char abi_extra[32];
} Pg_magic_struct;
int pg_check_module_magic(const Pg_magic_struct *magic);
//--- v1
#include "fmgr.h"
static const Pg_magic_struct server_magic = { sizeof(Pg_magic_struct), 1400, 100, 32, 64, 1 };
int pg_check_module_magic(const Pg_magic_struct *magic) {
    if (!magic || magic->len != server_magic.len) return -1;
    if (magic->version != server_magic.version) return -2;
    if (magic->funcmaxargs != server_magic.funcmaxargs || magic->indexmaxkeys != server_magic.indexmaxkeys || magic->namedatalen != server_magic.namedatalen || magic->float8byval != server_magic.float8byval) return -3;
    return 0;
}
//--- v2
#include <string.h>
#include "fmgr.h"
static const Pg_magic_struct server_magic = { sizeof(Pg_magic_struct), 1400, 100, 32, 64, 1, "PostgreSQL" };
int pg_check_module_magic(const Pg_magic_struct *magic) {
    if (!magic || magic->len != server_magic.len) return -1;
    if (magic->version != server_magic.version) return -2;
    if (magic->funcmaxargs != server_magic.funcmaxargs || magic->indexmaxkeys != server_magic.indexmaxkeys || magic->namedatalen != server_magic.namedatalen || magic->float8byval != server_magic.float8byval) return -3;
    if (memcmp(magic->abi_extra, server_magic.abi_extra, sizeof server_magic.abi_extra) != 0) return -4;
    return 0;
}
