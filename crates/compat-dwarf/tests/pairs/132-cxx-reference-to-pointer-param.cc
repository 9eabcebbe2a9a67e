// expect: breaking
// why: fill(Buffer &) becomes fill(Buffer *): the same address in %rdi, but the reference is mangled
// why: (_Z4fillR6Buffer vs _Z4fillP6Buffer), so the symbol old programs call is gone.
// abidiff: 12 agree
//--- v1/buf.h
struct Buffer { char data[64]; int len; };
void fill(Buffer &b, char c);
//--- v2/buf.h
struct Buffer { char data[64]; int len; };
void fill(Buffer *b, char c);
//--- v1
#include "buf.h"
void fill(Buffer &b, char c) { for (int i = 0; i < 64; i++) b.data[i] = c; b.len = 64; }
//--- v2
#include "buf.h"
void fill(Buffer *b, char c) { for (int i = 0; i < 64; i++) b->data[i] = c; b->len = 64; }
