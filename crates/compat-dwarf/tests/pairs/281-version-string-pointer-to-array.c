// expect: breaking
// why: the exported png_libpng_ver changes from const char *png_libpng_ver (an 8-byte pointer object) to const
// why: char png_libpng_ver[18] (the characters themselves). Old binaries load 8 bytes from the symbol and
// why: dereference them as a pointer: they now dereference the text "1.0.6" as an address.
// abidiff: 4 agree
//--- v1/png.h
extern const char *png_libpng_ver;
const char *png_get_libpng_ver(void *png_ptr);
//--- v2/png.h
extern const char png_libpng_ver[18];
const char *png_get_libpng_ver(void *png_ptr);
//--- v1
#include "png.h"
const char *png_libpng_ver = "1.0.5";
const char *png_get_libpng_ver(void *png_ptr) { (void)png_ptr; return png_libpng_ver; }
//--- v2
#include "png.h"
const char png_libpng_ver[18] = "1.0.6";
const char *png_get_libpng_ver(void *png_ptr) { (void)png_ptr; return png_libpng_ver; }
