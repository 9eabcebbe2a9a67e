// expect: none
// why: zlib-style allocator members of the caller-filled struct zstream_mem are declared through the typedefs
// why: alloc_func/free_func over voidpf and uInt in v1, and spelled out as void *(*)(void *, unsigned int,
// why: unsigned int) and void (*)(void *, void *) in v2: the same function pointer types.
// abidiff: 0 agree
//--- v1/zmem.h
typedef void *voidpf;
typedef unsigned int uInt;
typedef voidpf (*alloc_func)(voidpf opaque, uInt items, uInt size);
typedef void (*free_func)(voidpf opaque, voidpf address);
struct zstream_mem { alloc_func zalloc; free_func zfree; voidpf opaque; };
int zmem_init(struct zstream_mem *m);
//--- v2/zmem.h
struct zstream_mem { void *(*zalloc)(void *opaque, unsigned int items, unsigned int size);
                     void (*zfree)(void *opaque, void *address); void *opaque; };
int zmem_init(struct zstream_mem *m);
//--- lib.c
#include "zmem.h"
int zmem_init(struct zstream_mem *m)
{
    if (!m->zalloc || !m->zfree) return -2;
    void *p = m->zalloc(m->opaque, 1, 64);
    m->zfree(m->opaque, p);
    return 0;
}
