// expect: info
// why: ffi_closure is sized by the caller (ffi_closure_alloc(sizeof(ffi_closure), &code)) and filled by
// why: ffi_prep_closure_loc. libffi 3.4 (static trampolines) wraps char tramp[32] in an anonymous union with
// why: void *ftramp: the union is 32 bytes at offset 0, cif stays at 32, fun at 40, user_data at 48, and the
// why: struct keeps 56 bytes and 8-byte alignment, so binaries are unaffected; the new member name is an API
// why: change a reader should see (as in 157).
// abidiff: 0 agree
//--- v1/ffi.h
#include <stddef.h>
typedef enum { FFI_OK = 0, FFI_BAD_TYPEDEF, FFI_BAD_ABI } ffi_status;
typedef struct _ffi_type { size_t size; unsigned short alignment; unsigned short type; struct _ffi_type **elements; } ffi_type;
typedef struct { int abi; unsigned nargs; ffi_type **arg_types; ffi_type *rtype; unsigned bytes; unsigned flags; } ffi_cif;
#define FFI_TRAMPOLINE_SIZE 32
typedef struct {
  char tramp[FFI_TRAMPOLINE_SIZE];
  ffi_cif *cif;
  void (*fun)(ffi_cif *, void *, void **, void *);
  void *user_data;
} ffi_closure;
void *ffi_closure_alloc(size_t size, void **code);
void ffi_closure_free(void *ptr);
ffi_status ffi_prep_closure_loc(ffi_closure *closure, ffi_cif *cif, void (*fun)(ffi_cif *, void *, void **, void *), void *user_data, void *codeloc);
//--- v2/ffi.h
#include <stddef.h>
typedef enum { FFI_OK = 0, FFI_BAD_TYPEDEF, FFI_BAD_ABI } ffi_status;
typedef struct _ffi_type { size_t size; unsigned short alignment; unsigned short type; struct _ffi_type **elements; } ffi_type;
typedef struct { int abi; unsigned nargs; ffi_type **arg_types; ffi_type *rtype; unsigned bytes; unsigned flags; } ffi_cif;
#define FFI_TRAMPOLINE_SIZE 32
typedef struct {
  union {
    char tramp[FFI_TRAMPOLINE_SIZE];
    void *ftramp;
  };
  ffi_cif *cif;
  void (*fun)(ffi_cif *, void *, void **, void *);
  void *user_data;
} ffi_closure;
void *ffi_closure_alloc(size_t size, void **code);
void ffi_closure_free(void *ptr);
ffi_status ffi_prep_closure_loc(ffi_closure *closure, ffi_cif *cif, void (*fun)(ffi_cif *, void *, void **, void *), void *user_data, void *codeloc);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "ffi.h"
void *ffi_closure_alloc(size_t size, void **code) { void *p = calloc(1, size); if (code) *code = p; return p; }
void ffi_closure_free(void *ptr) { free(ptr); }
ffi_status ffi_prep_closure_loc(ffi_closure *closure, ffi_cif *cif, void (*fun)(ffi_cif *, void *, void **, void *), void *user_data, void *codeloc) {
  if (!closure || !cif || !fun) return FFI_BAD_TYPEDEF;
  memset(closure->tramp, 0x90, sizeof closure->tramp);
  memcpy(closure->tramp + 8, &codeloc, sizeof codeloc);
  closure->cif = cif; closure->fun = fun; closure->user_data = user_data;
  return FFI_OK;
}
//--- v2
#include <stdlib.h>
#include <string.h>
#include "ffi.h"
void *ffi_closure_alloc(size_t size, void **code) { void *p = calloc(1, size); if (code) *code = p; return p; }
void ffi_closure_free(void *ptr) { free(ptr); }
ffi_status ffi_prep_closure_loc(ffi_closure *closure, ffi_cif *cif, void (*fun)(ffi_cif *, void *, void **, void *), void *user_data, void *codeloc) {
  if (!closure || !cif || !fun) return FFI_BAD_TYPEDEF;
  memset(closure->tramp, 0x90, sizeof closure->tramp);
  closure->ftramp = codeloc;
  closure->cif = cif; closure->fun = fun; closure->user_data = user_data;
  return FFI_OK;
}
