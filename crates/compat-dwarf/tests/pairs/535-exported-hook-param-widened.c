// expect: breaking
// why: The library exports the function-pointer variable png_progress_hook, which programs assign their own
// why: function to (png_progress_hook = on_progress) and which the library calls. v2 widens its first parameter from
// why: int to long long (row counts past 2^31): old programs' hooks read only edi while the library now passes a
// why: 64-bit count in rdi, and their second parameter, total, still arrives in esi but as the low half of a
// why: 64-bit value as well: the hook's signature, the contract both sides compiled against, changed.
// abidiff: 4 agree
//--- v1/prog.h
extern void (*png_progress_hook)(int row, int total);
int png_decode_rows(int total);
//--- v2/prog.h
extern void (*png_progress_hook)(long long row, long long total);
int png_decode_rows(int total);
//--- v1
#include "prog.h"
void (*png_progress_hook)(int row, int total);
int png_decode_rows(int total) { for (int r = 0; r < total; r++) if (png_progress_hook) png_progress_hook(r, total); return total; }
//--- v2
#include "prog.h"
void (*png_progress_hook)(long long row, long long total);
int png_decode_rows(int total) { for (int r = 0; r < total; r++) if (png_progress_hook) png_progress_hook(r, total); return total; }
