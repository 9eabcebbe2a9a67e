// expect: breaking
// why: HDF5 1.10 retyped hid_t from int to int64_t. Every identifier crosses the boundary as hid_t: H5Fopen
// why: returns one (old callers read eax of a value now in rax), H5Fclose and H5Dopen2 take them (the library reads
// why: all of rdi, whose upper half old callers never set), and H5Dget_info fills a caller-allocated struct whose
// why: hid_t member grows from 4 to 8 bytes, moving the next member.
// abidiff: 4 agree
//--- v1/H5public.h
#include <stdint.h>
typedef int herr_t;
typedef int hid_t;
typedef struct H5D_info_t { hid_t type_id; unsigned rank; uint64_t nbytes; } H5D_info_t;
hid_t H5Fopen(const char *filename, unsigned flags, hid_t fapl_id);
hid_t H5Dopen2(hid_t loc_id, const char *name, hid_t dapl_id);
herr_t H5Dget_info(hid_t dset_id, H5D_info_t *info);
herr_t H5Fclose(hid_t file_id);
//--- v2/H5public.h
#include <stdint.h>
typedef int herr_t;
typedef int64_t hid_t;
typedef struct H5D_info_t { hid_t type_id; unsigned rank; uint64_t nbytes; } H5D_info_t;
hid_t H5Fopen(const char *filename, unsigned flags, hid_t fapl_id);
hid_t H5Dopen2(hid_t loc_id, const char *name, hid_t dapl_id);
herr_t H5Dget_info(hid_t dset_id, H5D_info_t *info);
herr_t H5Fclose(hid_t file_id);
//--- lib-common.h
static unsigned long h5_next_id = 0x1000000;
static hid_t h5_register(const char *name, unsigned kind) { return name && *name ? (hid_t)(h5_next_id++ | ((unsigned long)kind << 24)) : (hid_t)-1; }
//--- v1
#include "H5public.h"
#include "lib-common.h"
hid_t H5Fopen(const char *filename, unsigned flags, hid_t fapl_id) { return fapl_id < 0 ? -1 : h5_register(filename, 1 + (flags & 1)); }
hid_t H5Dopen2(hid_t loc_id, const char *name, hid_t dapl_id) { return loc_id < 0 || dapl_id < -1 ? -1 : h5_register(name, 5); }
herr_t H5Dget_info(hid_t dset_id, H5D_info_t *info) { if (dset_id < 0 || !info) return -1; info->type_id = dset_id + 1; info->rank = 2; info->nbytes = 4096; return 0; }
herr_t H5Fclose(hid_t file_id) { return file_id < 0 ? -1 : 0; }
//--- v2
#include "H5public.h"
#include "lib-common.h"
hid_t H5Fopen(const char *filename, unsigned flags, hid_t fapl_id) { return fapl_id < 0 ? -1 : h5_register(filename, 1 + (flags & 1)); }
hid_t H5Dopen2(hid_t loc_id, const char *name, hid_t dapl_id) { return loc_id < 0 || dapl_id < -1 ? -1 : h5_register(name, 5); }
herr_t H5Dget_info(hid_t dset_id, H5D_info_t *info) { if (dset_id < 0 || !info) return -1; info->type_id = dset_id + 1; info->rank = 2; info->nbytes = 4096; return 0; }
herr_t H5Fclose(hid_t file_id) { return file_id < 0 ? -1 : 0; }
