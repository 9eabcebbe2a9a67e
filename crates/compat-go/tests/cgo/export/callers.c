// C callers of the exported functions, one per case of run.go.
#include <stdlib.h>
#include "_cgo_export.h"

void call_retPtr(void) { retPtr(); }
void call_retString(void) { retString(); }
void call_retSlice(void) { retSlice(); }
void call_retUnsafe(void) { retUnsafe(); }
void call_retPair(void) { retPair(); }
void call_retC(void) { free(retC()); }
void call_retInt(void) { retInt(); }
void call_retMalloc(void) { free(retMalloc()); }
void call_retNil(void) { retNil(); }
void call_retGlobal(void) { retGlobal(); }
void call_fillGo(void) { char *p = 0; fillGo(&p); }
void call_fillC(void) { char *p = 0; fillC(&p); free(p); }
void call_retNilSlice(void) { retNilSlice(); }
