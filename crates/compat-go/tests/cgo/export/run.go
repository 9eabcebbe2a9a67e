package main

/*
void call_retPtr(void);
void call_retString(void);
void call_retSlice(void);
void call_retUnsafe(void);
void call_retPair(void);
void call_retC(void);
void call_retInt(void);
void call_retMalloc(void);
void call_retNil(void);
void call_retGlobal(void);
void call_fillGo(void);
void call_fillC(void);
void call_retNilSlice(void);
*/
import "C"

var cases = map[string]func(){
	"retPtr":      func() { C.call_retPtr() },
	"retString":   func() { C.call_retString() },
	"retSlice":    func() { C.call_retSlice() },
	"retUnsafe":   func() { C.call_retUnsafe() },
	"retPair":     func() { C.call_retPair() },
	"retC":        func() { C.call_retC() },
	"retInt":      func() { C.call_retInt() },
	"retMalloc":   func() { C.call_retMalloc() },
	"retNil":      func() { C.call_retNil() },
	"retGlobal":   func() { C.call_retGlobal() },
	"fillGo":      func() { C.call_fillGo() },
	"fillC":       func() { C.call_fillC() },
	"retNilSlice": func() { C.call_retNilSlice() },
}
