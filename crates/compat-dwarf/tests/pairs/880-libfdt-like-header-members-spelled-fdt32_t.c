// expect: none
// why: dtc 1.4.2 introduced fdt32_t and fdt64_t (typedefs of uint32_t and uint64_t, with a sparse __bitwise
// why: annotation that is empty for compilers) and respelled the members of struct fdt_header, struct
// why: fdt_reserve_entry and struct fdt_property with them (fdt_get_mem_rsv_entry fills a caller-allocated entry).
// why: Each member denotes the same integer type as before, at every offset: the same types.
// abidiff: 0 agree
//--- v1/libfdt.h
#include <stdint.h>
struct fdt_header { uint32_t magic; uint32_t totalsize; uint32_t off_dt_struct; uint32_t off_dt_strings; uint32_t off_mem_rsvmap; uint32_t version; uint32_t last_comp_version; uint32_t boot_cpuid_phys; uint32_t size_dt_strings; uint32_t size_dt_struct; };
struct fdt_reserve_entry { uint64_t address; uint64_t size; };
struct fdt_property { uint32_t tag; uint32_t len; uint32_t nameoff; char data[]; };
int fdt_check_header(const void *fdt);
const struct fdt_property *fdt_get_property(const void *fdt, int nodeoffset, const char *name, int *lenp);
int fdt_get_mem_rsv_entry(const void *fdt, int n, struct fdt_reserve_entry *entry);
uint32_t fdt_get_phandle(const void *fdt, int nodeoffset);
//--- v2/libfdt.h
#include <stdint.h>
#define FDT_BITWISE
typedef uint32_t FDT_BITWISE fdt32_t;
typedef uint64_t FDT_BITWISE fdt64_t;
struct fdt_header { fdt32_t magic; fdt32_t totalsize; fdt32_t off_dt_struct; fdt32_t off_dt_strings; fdt32_t off_mem_rsvmap; fdt32_t version; fdt32_t last_comp_version; fdt32_t boot_cpuid_phys; fdt32_t size_dt_strings; fdt32_t size_dt_struct; };
struct fdt_reserve_entry { fdt64_t address; fdt64_t size; };
struct fdt_property { fdt32_t tag; fdt32_t len; fdt32_t nameoff; char data[]; };
int fdt_check_header(const void *fdt);
const struct fdt_property *fdt_get_property(const void *fdt, int nodeoffset, const char *name, int *lenp);
int fdt_get_mem_rsv_entry(const void *fdt, int n, struct fdt_reserve_entry *entry);
uint32_t fdt_get_phandle(const void *fdt, int nodeoffset);
//--- v1
#include <string.h>
#include "libfdt.h"
static uint32_t be32(uint32_t v) { return __builtin_bswap32(v); }
int fdt_check_header(const void *fdt) { const struct fdt_header *h = fdt; return be32(h->magic) == 0xd00dfeed ? 0 : -9; }
const struct fdt_property *fdt_get_property(const void *fdt, int nodeoffset, const char *name, int *lenp) {
    const struct fdt_header *h = fdt;
    if (fdt_check_header(fdt) || nodeoffset < 0 || !name) { if (lenp) *lenp = -9; return 0; }
    const struct fdt_property *p = (const void *)((const char *)fdt + be32(h->off_dt_struct) + nodeoffset);
    if (be32(p->tag) != 3) { if (lenp) *lenp = -1; return 0; }
    if (strcmp((const char *)fdt + be32(h->off_dt_strings) + be32(p->nameoff), name)) { if (lenp) *lenp = -1; return 0; }
    if (lenp) *lenp = (int)be32(p->len);
    return p;
}
int fdt_get_mem_rsv_entry(const void *fdt, int n, struct fdt_reserve_entry *entry) {
    const struct fdt_header *h = fdt;
    if (fdt_check_header(fdt) || n < 0 || !entry) return -9;
    const struct fdt_reserve_entry *r = (const void *)((const char *)fdt + be32(h->off_mem_rsvmap));
    entry->address = __builtin_bswap64(r[n].address); entry->size = __builtin_bswap64(r[n].size);
    return 0;
}
uint32_t fdt_get_phandle(const void *fdt, int nodeoffset) { int len; const struct fdt_property *p = fdt_get_property(fdt, nodeoffset, "phandle", &len); return p && len == 4 ? be32(*(const uint32_t *)p->data) : 0; }
//--- v2
#include <string.h>
#include "libfdt.h"
static uint32_t be32(fdt32_t v) { return __builtin_bswap32(v); }
int fdt_check_header(const void *fdt) { const struct fdt_header *h = fdt; return be32(h->magic) == 0xd00dfeed ? 0 : -9; }
const struct fdt_property *fdt_get_property(const void *fdt, int nodeoffset, const char *name, int *lenp) {
    const struct fdt_header *h = fdt;
    if (fdt_check_header(fdt) || nodeoffset < 0 || !name) { if (lenp) *lenp = -9; return 0; }
    const struct fdt_property *p = (const void *)((const char *)fdt + be32(h->off_dt_struct) + nodeoffset);
    if (be32(p->tag) != 3) { if (lenp) *lenp = -1; return 0; }
    if (strcmp((const char *)fdt + be32(h->off_dt_strings) + be32(p->nameoff), name)) { if (lenp) *lenp = -1; return 0; }
    if (lenp) *lenp = (int)be32(p->len);
    return p;
}
int fdt_get_mem_rsv_entry(const void *fdt, int n, struct fdt_reserve_entry *entry) {
    const struct fdt_header *h = fdt;
    if (fdt_check_header(fdt) || n < 0 || !entry) return -9;
    const struct fdt_reserve_entry *r = (const void *)((const char *)fdt + be32(h->off_mem_rsvmap));
    entry->address = __builtin_bswap64(r[n].address); entry->size = __builtin_bswap64(r[n].size);
    return 0;
}
uint32_t fdt_get_phandle(const void *fdt, int nodeoffset) { int len; const struct fdt_property *p = fdt_get_property(fdt, nodeoffset, "phandle", &len); return p && len == 4 ? be32(*(const fdt32_t *)p->data) : 0; }
