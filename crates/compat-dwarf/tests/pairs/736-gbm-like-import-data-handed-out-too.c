// expect: warning
// why: the shape of 664 (gbm_bo_import reads a struct gbm_import_fd_data through its void *buffer, and v2 appends
// why: uint64_t modifier), but here the library also hands the struct out: gbm_bo_export_fd_data returns one it
// why: allocated, and the documented use is to pass that pointer back to gbm_bo_import on another device. Callers
// why: then never allocate the struct; they may still read its members (data->stride), declared in the public header,
// why: so only the headers can tell whether the growth matters: undecided, as for every handed-out header struct.
// why: The other side of 664.
// abidiff: 4 agree
//--- v1/gbm.h
#include <stdint.h>
struct gbm_device;
struct gbm_bo;
#define GBM_BO_IMPORT_FD 0x5503
struct gbm_import_fd_data { int fd; uint32_t width; uint32_t height; uint32_t stride; uint32_t format; };
struct gbm_device *gbm_create_device(int fd);
struct gbm_import_fd_data *gbm_bo_export_fd_data(struct gbm_bo *bo);
struct gbm_bo *gbm_bo_import(struct gbm_device *gbm, uint32_t type, void *buffer, uint32_t usage);
uint32_t gbm_bo_get_stride(struct gbm_bo *bo);
//--- v2/gbm.h
#include <stdint.h>
struct gbm_device;
struct gbm_bo;
#define GBM_BO_IMPORT_FD 0x5503
struct gbm_import_fd_data { int fd; uint32_t width; uint32_t height; uint32_t stride; uint32_t format; uint64_t modifier; };
struct gbm_device *gbm_create_device(int fd);
struct gbm_import_fd_data *gbm_bo_export_fd_data(struct gbm_bo *bo);
struct gbm_bo *gbm_bo_import(struct gbm_device *gbm, uint32_t type, void *buffer, uint32_t usage);
uint32_t gbm_bo_get_stride(struct gbm_bo *bo);
//--- v1
#include <stdlib.h>
#include "gbm.h"
struct gbm_device { int fd; };
struct gbm_bo { uint32_t stride; uint32_t format; };
struct gbm_device *gbm_create_device(int fd) { struct gbm_device *d = malloc(sizeof *d); if (d) d->fd = fd; return d; }
struct gbm_import_fd_data *gbm_bo_export_fd_data(struct gbm_bo *bo) { struct gbm_import_fd_data *d = calloc(1, sizeof *d); if (d) { d->fd = -1; d->stride = bo->stride; d->format = bo->format; } return d; }
struct gbm_bo *gbm_bo_import(struct gbm_device *gbm, uint32_t type, void *buffer, uint32_t usage) { (void)usage; if (!gbm || type != GBM_BO_IMPORT_FD) return 0; struct gbm_import_fd_data *d = buffer; struct gbm_bo *bo = malloc(sizeof *bo); if (bo) { bo->stride = d->stride; bo->format = d->format; } return bo; }
uint32_t gbm_bo_get_stride(struct gbm_bo *bo) { return bo->stride; }
//--- v2
#include <stdlib.h>
#include "gbm.h"
struct gbm_device { int fd; };
struct gbm_bo { uint32_t stride; uint32_t format; };
struct gbm_device *gbm_create_device(int fd) { struct gbm_device *d = malloc(sizeof *d); if (d) d->fd = fd; return d; }
struct gbm_import_fd_data *gbm_bo_export_fd_data(struct gbm_bo *bo) { struct gbm_import_fd_data *d = calloc(1, sizeof *d); if (d) { d->fd = -1; d->stride = bo->stride; d->format = bo->format; } return d; }
struct gbm_bo *gbm_bo_import(struct gbm_device *gbm, uint32_t type, void *buffer, uint32_t usage) { (void)usage; if (!gbm || type != GBM_BO_IMPORT_FD) return 0; struct gbm_import_fd_data *d = buffer; struct gbm_bo *bo = malloc(sizeof *bo); if (bo) { bo->stride = d->stride; bo->format = d->modifier ? d->format | 0x80000000u : d->format; } return bo; }
uint32_t gbm_bo_get_stride(struct gbm_bo *bo) { return bo->stride; }
