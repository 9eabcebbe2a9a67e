// expect: breaking
// why: Tcl 9 retyped the length out-parameters from int * to Tcl_Size * (ptrdiff_t): Tcl_GetStringFromObj and
// why: Tcl_GetByteArrayFromObj now store 8 bytes through a pointer old callers aimed at a 4-byte int, clobbering
// why: the 4 bytes after it, and Tcl_NewStringObj reads its length from all of rsi, whose upper half old callers
// why: never set.
// abidiff: 4 agree
//--- v1/tcl.h
typedef struct Tcl_Obj Tcl_Obj;
Tcl_Obj *Tcl_NewStringObj(const char *bytes, int length);
const char *Tcl_GetStringFromObj(Tcl_Obj *objPtr, int *lengthPtr);
unsigned char *Tcl_GetByteArrayFromObj(Tcl_Obj *objPtr, int *numBytesPtr);
//--- v2/tcl.h
#include <stddef.h>
typedef ptrdiff_t Tcl_Size;
typedef struct Tcl_Obj Tcl_Obj;
Tcl_Obj *Tcl_NewStringObj(const char *bytes, Tcl_Size length);
const char *Tcl_GetStringFromObj(Tcl_Obj *objPtr, Tcl_Size *lengthPtr);
unsigned char *Tcl_GetByteArrayFromObj(Tcl_Obj *objPtr, Tcl_Size *numBytesPtr);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "tcl.h"
struct Tcl_Obj { int refCount; char *bytes; int length; };
Tcl_Obj *Tcl_NewStringObj(const char *bytes, int length) {
    if (length < 0) length = bytes ? (int)strlen(bytes) : 0;
    Tcl_Obj *o = malloc(sizeof *o);
    if (!o) return NULL;
    o->refCount = 0; o->length = length; o->bytes = malloc((size_t)length + 1);
    if (o->bytes) { memcpy(o->bytes, bytes, (size_t)length); o->bytes[length] = 0; }
    return o;
}
const char *Tcl_GetStringFromObj(Tcl_Obj *objPtr, int *lengthPtr) { if (lengthPtr) *lengthPtr = objPtr->length; return objPtr->bytes; }
unsigned char *Tcl_GetByteArrayFromObj(Tcl_Obj *objPtr, int *numBytesPtr) { if (numBytesPtr) *numBytesPtr = objPtr->length; return (unsigned char *)objPtr->bytes; }
//--- v2
#include <stdlib.h>
#include <string.h>
#include "tcl.h"
struct Tcl_Obj { Tcl_Size refCount; char *bytes; Tcl_Size length; };
Tcl_Obj *Tcl_NewStringObj(const char *bytes, Tcl_Size length) {
    if (length < 0) length = bytes ? (Tcl_Size)strlen(bytes) : 0;
    Tcl_Obj *o = malloc(sizeof *o);
    if (!o) return NULL;
    o->refCount = 0; o->length = length; o->bytes = malloc((size_t)length + 1);
    if (o->bytes) { memcpy(o->bytes, bytes, (size_t)length); o->bytes[length] = 0; }
    return o;
}
const char *Tcl_GetStringFromObj(Tcl_Obj *objPtr, Tcl_Size *lengthPtr) { if (lengthPtr) *lengthPtr = objPtr->length; return objPtr->bytes; }
unsigned char *Tcl_GetByteArrayFromObj(Tcl_Obj *objPtr, Tcl_Size *numBytesPtr) { if (numBytesPtr) *numBytesPtr = objPtr->length; return (unsigned char *)objPtr->bytes; }
