// expect: info
// why: M3ErrorInfo is an out-parameter: callers declare one (M3ErrorInfo info; m3_GetErrorInfo(runtime, &info);) and
// why: the library overwrites it completely; it holds no callback and no function reads it back. v2 adds uint32_t
// why: column after line, where the 4 bytes of padding before the message pointer were: the struct keeps its 56
// why: bytes and every old member its offset, and old callers simply never look at the new field.
// abidiff: 4 disagree: the member fills interior padding of a struct the library only writes; no size or offset changes.
//--- v1/wasm3.h
#include <stdint.h>
typedef const char *M3Result;
typedef struct M3Runtime *IM3Runtime;
typedef struct M3Module *IM3Module;
typedef struct M3Function *IM3Function;
typedef struct M3ErrorInfo {
    M3Result result;
    IM3Runtime runtime;
    IM3Module module;
    IM3Function function;
    const char *file;
    uint32_t line;
    const char *message;
} M3ErrorInfo;
IM3Runtime m3_NewRuntime(uint32_t i_stackSizeInBytes);
void m3_FreeRuntime(IM3Runtime i_runtime);
M3Result m3_CallV(IM3Runtime i_runtime, const char *i_name);
void m3_GetErrorInfo(IM3Runtime i_runtime, M3ErrorInfo *o_info);
//--- v2/wasm3.h
#include <stdint.h>
typedef const char *M3Result;
typedef struct M3Runtime *IM3Runtime;
typedef struct M3Module *IM3Module;
typedef struct M3Function *IM3Function;
typedef struct M3ErrorInfo {
    M3Result result;
    IM3Runtime runtime;
    IM3Module module;
    IM3Function function;
    const char *file;
    uint32_t line;
    uint32_t column;
    const char *message;
} M3ErrorInfo;
IM3Runtime m3_NewRuntime(uint32_t i_stackSizeInBytes);
void m3_FreeRuntime(IM3Runtime i_runtime);
M3Result m3_CallV(IM3Runtime i_runtime, const char *i_name);
void m3_GetErrorInfo(IM3Runtime i_runtime, M3ErrorInfo *o_info);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "wasm3.h"
struct M3Runtime { uint32_t stack_size; M3ErrorInfo error; char message[256]; };
IM3Runtime m3_NewRuntime(uint32_t i_stackSizeInBytes) { IM3Runtime r = calloc(1, sizeof *r); if (r) r->stack_size = i_stackSizeInBytes; return r; }
void m3_FreeRuntime(IM3Runtime r) { free(r); }
M3Result m3_CallV(IM3Runtime r, const char *i_name) {
    if (strcmp(i_name, "main") == 0) return NULL;
    memset(&r->error, 0, sizeof r->error);
    r->error.result = "function lookup failed"; r->error.runtime = r; r->error.file = __FILE__; r->error.line = __LINE__;
    strncpy(r->message, i_name, sizeof r->message - 1); r->error.message = r->message;
    return r->error.result;
}
void m3_GetErrorInfo(IM3Runtime r, M3ErrorInfo *o_info) { *o_info = r->error; }
//--- v2
#include <stdlib.h>
#include <string.h>
#include "wasm3.h"
struct M3Runtime { uint32_t stack_size; M3ErrorInfo error; char message[256]; };
IM3Runtime m3_NewRuntime(uint32_t i_stackSizeInBytes) { IM3Runtime r = calloc(1, sizeof *r); if (r) r->stack_size = i_stackSizeInBytes; return r; }
void m3_FreeRuntime(IM3Runtime r) { free(r); }
M3Result m3_CallV(IM3Runtime r, const char *i_name) {
    if (strcmp(i_name, "main") == 0) return NULL;
    memset(&r->error, 0, sizeof r->error);
    r->error.result = "function lookup failed"; r->error.runtime = r; r->error.file = __FILE__; r->error.line = __LINE__; r->error.column = 5;
    strncpy(r->message, i_name, sizeof r->message - 1); r->error.message = r->message;
    return r->error.result;
}
void m3_GetErrorInfo(IM3Runtime r, M3ErrorInfo *o_info) { *o_info = r->error; }
