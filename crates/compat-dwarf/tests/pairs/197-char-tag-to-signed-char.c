// expect: info
// why: The caller-filled struct chunk_hdr's tag goes from char[4] to signed char[4]: on x86-64 plain char is
// why: signed, so the bytes, offsets and the meaning of every value are the same; but char and signed char
// why: are distinct C types (char * no longer converts without a cast), an API change a reader should see.
// abidiff: 4 disagree: abidiff reports char changed to signed char; on x86-64 plain char is signed, so the bytes and their meaning are the same (only the C type differs).
//--- v1/chunk.h
struct chunk_hdr { char tag[4]; unsigned int length; };
int chunk_write(int fd, const struct chunk_hdr *h, const void *data);
//--- v2/chunk.h
struct chunk_hdr { signed char tag[4]; unsigned int length; };
int chunk_write(int fd, const struct chunk_hdr *h, const void *data);
//--- lib.c
#include "chunk.h"
int chunk_write(int fd, const struct chunk_hdr *h, const void *data)
{ return fd >= 0 && data && h->tag[0] > ' ' ? (int)h->length : -1; }
