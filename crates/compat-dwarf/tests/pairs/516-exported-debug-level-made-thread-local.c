// expect: breaking
// why: The library exports int zlog_debug_level, which programs set directly (zlog_debug_level = 3). v2 declares
// why: it _Thread_local: the symbol becomes STT_TLS, which old executables' R_X86_64_COPY or GLOB_DAT relocations
// why: for an ordinary object cannot bind (ld.so refuses the mismatch or the program writes a location the
// why: library no longer reads).
// abidiff: 4 agree
//--- v1/zlog.h
extern int zlog_debug_level;
void zlog(int level, const char *msg);
//--- v2/zlog.h
extern _Thread_local int zlog_debug_level;
void zlog(int level, const char *msg);
//--- v1
#include <stdio.h>
#include "zlog.h"
int zlog_debug_level = 1;
void zlog(int level, const char *msg) { if (level <= zlog_debug_level) fputs(msg, stderr); }
//--- v2
#include <stdio.h>
#include "zlog.h"
_Thread_local int zlog_debug_level = 1;
void zlog(int level, const char *msg) { if (level <= zlog_debug_level) fputs(msg, stderr); }
