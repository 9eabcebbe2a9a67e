// expect: breaking
// why: lua_Debug is allocated by the caller and filled by the library (lua_Debug ar; lua_getstack(L, 1, &ar);
// why: lua_getinfo(L, "Sl", &ar); printf("%s:%d", ar.short_src, ar.currentline)); no export hands one out.
// why: Lua 5.4 inserts unsigned short ftransfer and ntransfer after istailcall, so short_src moves from byte 59 to
// why: 63 and i_ci moves too: the struct grows from 120 to 128 bytes, lua_getinfo writes past an old caller's
// why: object and old callers read short_src at its old offset.
// abidiff: 4 agree
//--- v1/lua.h
typedef struct lua_State lua_State;
#define LUA_IDSIZE 60
typedef struct lua_Debug {
  int event;
  const char *name;
  const char *namewhat;
  const char *what;
  const char *source;
  int currentline;
  int linedefined;
  int lastlinedefined;
  unsigned char nups;
  unsigned char nparams;
  char isvararg;
  char istailcall;
  char short_src[LUA_IDSIZE];
  struct CallInfo *i_ci;
} lua_Debug;
lua_State *luaL_newstate(void);
void lua_close(lua_State *L);
int lua_getstack(lua_State *L, int level, lua_Debug *ar);
int lua_getinfo(lua_State *L, const char *what, lua_Debug *ar);
//--- v2/lua.h
typedef struct lua_State lua_State;
#define LUA_IDSIZE 60
typedef struct lua_Debug {
  int event;
  const char *name;
  const char *namewhat;
  const char *what;
  const char *source;
  int currentline;
  int linedefined;
  int lastlinedefined;
  unsigned char nups;
  unsigned char nparams;
  char isvararg;
  char istailcall;
  unsigned short ftransfer;
  unsigned short ntransfer;
  char short_src[LUA_IDSIZE];
  struct CallInfo *i_ci;
} lua_Debug;
lua_State *luaL_newstate(void);
void lua_close(lua_State *L);
int lua_getstack(lua_State *L, int level, lua_Debug *ar);
int lua_getinfo(lua_State *L, const char *what, lua_Debug *ar);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "lua.h"
struct CallInfo { int line; const char *src; struct CallInfo *previous; };
struct lua_State { struct CallInfo base[4]; int depth; };
lua_State *luaL_newstate(void) {
  lua_State *L = calloc(1, sizeof *L);
  if (L) { L->base[0].line = 1; L->base[0].src = "=stdin"; L->depth = 1; }
  return L;
}
void lua_close(lua_State *L) { free(L); }
int lua_getstack(lua_State *L, int level, lua_Debug *ar) {
  if (level < 0 || level >= L->depth) return 0;
  ar->i_ci = &L->base[level];
  return 1;
}
int lua_getinfo(lua_State *L, const char *what, lua_Debug *ar) {
  (void)L;
  for (; *what; what++) {
    if (*what == 'S') { ar->source = ar->i_ci->src; ar->what = "Lua"; ar->linedefined = 0; ar->lastlinedefined = -1;
      strncpy(ar->short_src, ar->i_ci->src + 1, LUA_IDSIZE - 1); ar->short_src[LUA_IDSIZE - 1] = 0; }
    else if (*what == 'l') ar->currentline = ar->i_ci->line;
    else if (*what == 'u') { ar->nups = 0; ar->nparams = 0; ar->isvararg = 1; }
    else if (*what == 't') ar->istailcall = 0;
    else if (*what == 'n') { ar->name = NULL; ar->namewhat = ""; }
  }
  return 1;
}
//--- v2
#include <stdlib.h>
#include <string.h>
#include "lua.h"
struct CallInfo { int line; const char *src; struct CallInfo *previous; unsigned short nresults; };
struct lua_State { struct CallInfo base[4]; int depth; };
lua_State *luaL_newstate(void) {
  lua_State *L = calloc(1, sizeof *L);
  if (L) { L->base[0].line = 1; L->base[0].src = "=stdin"; L->depth = 1; }
  return L;
}
void lua_close(lua_State *L) { free(L); }
int lua_getstack(lua_State *L, int level, lua_Debug *ar) {
  if (level < 0 || level >= L->depth) return 0;
  ar->i_ci = &L->base[level];
  return 1;
}
int lua_getinfo(lua_State *L, const char *what, lua_Debug *ar) {
  (void)L;
  for (; *what; what++) {
    if (*what == 'S') { ar->source = ar->i_ci->src; ar->what = "Lua"; ar->linedefined = 0; ar->lastlinedefined = -1;
      strncpy(ar->short_src, ar->i_ci->src + 1, LUA_IDSIZE - 1); ar->short_src[LUA_IDSIZE - 1] = 0; }
    else if (*what == 'l') ar->currentline = ar->i_ci->line;
    else if (*what == 'u') { ar->nups = 0; ar->nparams = 0; ar->isvararg = 1; }
    else if (*what == 't') ar->istailcall = 0;
    else if (*what == 'r') { ar->ftransfer = 0; ar->ntransfer = ar->i_ci->nresults; }
    else if (*what == 'n') { ar->name = NULL; ar->namewhat = ""; }
  }
  return 1;
}
