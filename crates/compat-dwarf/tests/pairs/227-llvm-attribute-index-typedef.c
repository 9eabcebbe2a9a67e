// expect: none
// why: LLVM-C introduced typedef unsigned LLVMAttributeIndex for the index parameter that was spelled unsigned:
// why: the same type in the same register under the same C symbol.
// abidiff: 0 agree
//--- v1/Core.h
typedef struct LLVMOpaqueValue *LLVMValueRef;
typedef struct LLVMOpaqueAttributeRef *LLVMAttributeRef;
void LLVMAddAttributeAtIndex(LLVMValueRef F, unsigned Idx, LLVMAttributeRef A);
unsigned LLVMGetAttributeCountAtIndex(LLVMValueRef F, unsigned Idx);
//--- v2/Core.h
typedef struct LLVMOpaqueValue *LLVMValueRef;
typedef struct LLVMOpaqueAttributeRef *LLVMAttributeRef;
typedef unsigned LLVMAttributeIndex;
void LLVMAddAttributeAtIndex(LLVMValueRef F, LLVMAttributeIndex Idx, LLVMAttributeRef A);
unsigned LLVMGetAttributeCountAtIndex(LLVMValueRef F, LLVMAttributeIndex Idx);
//--- v1
#include "Core.h"
static unsigned counts[8];
void LLVMAddAttributeAtIndex(LLVMValueRef F, unsigned Idx, LLVMAttributeRef A) { if (F && A) counts[Idx & 7]++; }
unsigned LLVMGetAttributeCountAtIndex(LLVMValueRef F, unsigned Idx) { return F ? counts[Idx & 7] : 0; }
//--- v2
#include "Core.h"
static unsigned counts[8];
void LLVMAddAttributeAtIndex(LLVMValueRef F, LLVMAttributeIndex Idx, LLVMAttributeRef A) { if (F && A) counts[Idx & 7]++; }
unsigned LLVMGetAttributeCountAtIndex(LLVMValueRef F, LLVMAttributeIndex Idx) { return F ? counts[Idx & 7] : 0; }
