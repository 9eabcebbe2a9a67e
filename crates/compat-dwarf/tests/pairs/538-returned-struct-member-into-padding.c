// expect: info
// why: struct dec_result is only returned by value from dec_run (16 bytes: int status, 4 bytes of padding, double
// why: seconds; INTEGER and SSE eightbytes, rax and xmm0). v2 puts int warnings into the padding at byte 4: the size,
// why: the other offsets and both eightbytes' classes are unchanged, and only the library writes the struct, so old
// why: callers read status and seconds where they always were and never look at the new bytes.
// abidiff: 4 disagree: abidiff reports warnings inserted at byte 4 of struct dec_result; it fills padding of a struct only the library writes and returns, and the eightbytes keep their classes.
//--- v1/dec.h
struct dec_result { int status; double seconds; };
struct dec_result dec_run(const unsigned char *buf, unsigned long len);
//--- v2/dec.h
struct dec_result { int status; int warnings; double seconds; };
struct dec_result dec_run(const unsigned char *buf, unsigned long len);
//--- v1
#include "dec.h"
struct dec_result dec_run(const unsigned char *buf, unsigned long len) { struct dec_result r = { buf && len ? 0 : -1, (double)len / 1e6 }; return r; }
//--- v2
#include "dec.h"
struct dec_result dec_run(const unsigned char *buf, unsigned long len) { struct dec_result r = { buf && len ? 0 : -1, len > 1u << 20, (double)len / 1e6 }; return r; }
