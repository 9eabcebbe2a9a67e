// expect: breaking
// why: struct mem_allocator is a table of allocator callbacks callers fill (as lua_Alloc or FreeType's
// why: FT_Memory); v2's realloc callback takes the old size before the new one. The library passes
// why: (ud, p, old, new) to callbacks written for (ud, p, new): old consumers' allocators get the old size as
// why: the size to allocate.
// abidiff: 4 agree
//--- v1/mem.h
typedef void *(*realloc_fn)(void *ud, void *ptr, unsigned long nsize);
struct mem_allocator { realloc_fn realloc; void (*free)(void *ud, void *ptr); void *ud; };
int mem_set_allocator(const struct mem_allocator *a);
void *mem_grow(void *p, unsigned long old_size, unsigned long new_size);
//--- v2/mem.h
typedef void *(*realloc_fn)(void *ud, void *ptr, unsigned long osize, unsigned long nsize);
struct mem_allocator { realloc_fn realloc; void (*free)(void *ud, void *ptr); void *ud; };
int mem_set_allocator(const struct mem_allocator *a);
void *mem_grow(void *p, unsigned long old_size, unsigned long new_size);
//--- v1
#include "mem.h"
static struct mem_allocator cur;
int mem_set_allocator(const struct mem_allocator *a) { cur = *a; return 0; }
void *mem_grow(void *p, unsigned long old_size, unsigned long new_size)
{ (void)old_size; return cur.realloc(cur.ud, p, new_size); }
//--- v2
#include "mem.h"
static struct mem_allocator cur;
int mem_set_allocator(const struct mem_allocator *a) { cur = *a; return 0; }
void *mem_grow(void *p, unsigned long old_size, unsigned long new_size)
{ return cur.realloc(cur.ud, p, old_size, new_size); }
