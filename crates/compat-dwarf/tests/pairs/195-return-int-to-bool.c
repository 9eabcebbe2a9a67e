// expect: breaking
// why: png_check_sig returns bool instead of int: the x86-64 ABI defines only the low 8 bits of a returned bool,
// why: so old callers testing all of %eax may see garbage in bits 8-31 and take a false signature as valid
// why: (the mirror of a bool parameter widened to int).
// abidiff: 4 agree
//--- v1/sig.h
int png_check_sig(const unsigned char *sig, unsigned long n);
//--- v2/sig.h
#include <stdbool.h>
bool png_check_sig(const unsigned char *sig, unsigned long n);
//--- v1
#include "sig.h"
int png_check_sig(const unsigned char *sig, unsigned long n)
{ return n >= 4 && sig[0] == 0x89 && sig[1] == 'P' && sig[2] == 'N' && sig[3] == 'G'; }
//--- v2
#include "sig.h"
bool png_check_sig(const unsigned char *sig, unsigned long n)
{ return n >= 4 && sig[0] == 0x89 && sig[1] == 'P' && sig[2] == 'N' && sig[3] == 'G'; }
