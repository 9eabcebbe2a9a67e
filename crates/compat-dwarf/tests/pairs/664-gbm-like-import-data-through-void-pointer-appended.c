// expect: breaking
// why: struct gbm_import_fd_data is declared in the public header for callers to fill and pass to gbm_bo_import
// why: through its void *buffer parameter when type is GBM_BO_IMPORT_FD; no function names it in its signature,
// why: but the header documents it as the caller's input. v2 appends uint64_t modifier (20 to 32 bytes) and
// why: gbm_bo_import reads it for every GBM_BO_IMPORT_FD import: old callers' 20-byte structs are read past their end.
// abidiff: 0 disagree: no function names struct gbm_import_fd_data, so abidiff never compares it; callers fill it for gbm_bo_import, which now reads past old callers' 20 bytes.
//--- v1/gbm.h
#include <stdint.h>
struct gbm_device;
struct gbm_bo;
#define GBM_BO_IMPORT_FD 0x5503
struct gbm_import_fd_data { int fd; uint32_t width; uint32_t height; uint32_t stride; uint32_t format; };
struct gbm_device *gbm_create_device(int fd);
struct gbm_bo *gbm_bo_import(struct gbm_device *gbm, uint32_t type, void *buffer, uint32_t usage);
uint32_t gbm_bo_get_stride(struct gbm_bo *bo);
//--- v2/gbm.h
#include <stdint.h>
struct gbm_device;
struct gbm_bo;
#define GBM_BO_IMPORT_FD 0x5503
struct gbm_import_fd_data { int fd; uint32_t width; uint32_t height; uint32_t stride; uint32_t format; uint64_t modifier; };
struct gbm_device *gbm_create_device(int fd);
struct gbm_bo *gbm_bo_import(struct gbm_device *gbm, uint32_t type, void *buffer, uint32_t usage);
uint32_t gbm_bo_get_stride(struct gbm_bo *bo);
//--- v1
#include <stdlib.h>
#include "gbm.h"
struct gbm_device { int fd; };
struct gbm_bo { uint32_t stride; uint32_t format; };
struct gbm_device *gbm_create_device(int fd) { struct gbm_device *d = malloc(sizeof *d); if (d) d->fd = fd; return d; }
struct gbm_bo *gbm_bo_import(struct gbm_device *gbm, uint32_t type, void *buffer, uint32_t usage) { (void)usage; if (!gbm || type != GBM_BO_IMPORT_FD) return 0; struct gbm_import_fd_data *d = buffer; struct gbm_bo *bo = malloc(sizeof *bo); if (bo) { bo->stride = d->stride; bo->format = d->format; } return bo; }
uint32_t gbm_bo_get_stride(struct gbm_bo *bo) { return bo->stride; }
//--- v2
#include <stdlib.h>
#include "gbm.h"
struct gbm_device { int fd; };
struct gbm_bo { uint32_t stride; uint32_t format; };
struct gbm_device *gbm_create_device(int fd) { struct gbm_device *d = malloc(sizeof *d); if (d) d->fd = fd; return d; }
struct gbm_bo *gbm_bo_import(struct gbm_device *gbm, uint32_t type, void *buffer, uint32_t usage) { (void)usage; if (!gbm || type != GBM_BO_IMPORT_FD) return 0; struct gbm_import_fd_data *d = buffer; struct gbm_bo *bo = malloc(sizeof *bo); if (bo) { bo->stride = d->stride; bo->format = d->modifier ? d->format | 0x80000000u : d->format; } return bo; }
uint32_t gbm_bo_get_stride(struct gbm_bo *bo) { return bo->stride; }
