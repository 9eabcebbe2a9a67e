// expect: warning
// why: libraw_data_t is declared with its members in libraw_types.h and only created by libraw_init, which hands out
// why: a pointer; nothing lets a consumer allocate one. LibRaw 0.20 appends libraw_raw_inset_crop_t raw_inset_crop
// why: to libraw_image_sizes_t, which libraw_data_t embeds first as sizes: sizes grows from 168 to 176 bytes, so
// why: idata moves from byte 168 to 176, progress_flags from 384 to 392, and libraw_data_t grows from 400 to 408
// why: bytes. Consumers that read lr->idata.make directly, as LibRaw's C examples do, would read 8 bytes early, but
// why: whether they may is for the public headers to say: undecided, breaking if public (as in 182).
// abidiff: 4 agree
//--- v1/libraw_types.h
typedef unsigned short ushort;
typedef struct {
  ushort raw_height, raw_width, height, width, top_margin, left_margin;
  ushort iheight, iwidth;
  unsigned raw_pitch;
  double pixel_aspect;
  int flip;
  int mask[8][4];
} libraw_image_sizes_t;
typedef struct {
  char guard[4];
  char make[64];
  char model[64];
  char software[64];
  unsigned raw_count;
  unsigned dng_version;
  unsigned is_foveon;
  int colors;
  unsigned filters;
} libraw_iparams_t;
typedef struct {
  libraw_image_sizes_t sizes;
  libraw_iparams_t idata;
  unsigned int progress_flags;
  unsigned int process_warnings;
  void *parent_class;
} libraw_data_t;
//--- v2/libraw_types.h
typedef unsigned short ushort;
typedef struct { ushort cleft, ctop, cwidth, cheight, aspect; } libraw_raw_inset_crop_t;
typedef struct {
  ushort raw_height, raw_width, height, width, top_margin, left_margin;
  ushort iheight, iwidth;
  unsigned raw_pitch;
  double pixel_aspect;
  int flip;
  int mask[8][4];
  libraw_raw_inset_crop_t raw_inset_crop;
} libraw_image_sizes_t;
typedef struct {
  char guard[4];
  char make[64];
  char model[64];
  char software[64];
  unsigned raw_count;
  unsigned dng_version;
  unsigned is_foveon;
  int colors;
  unsigned filters;
} libraw_iparams_t;
typedef struct {
  libraw_image_sizes_t sizes;
  libraw_iparams_t idata;
  unsigned int progress_flags;
  unsigned int process_warnings;
  void *parent_class;
} libraw_data_t;
//--- libraw.h
#include "libraw_types.h"
libraw_data_t *libraw_init(unsigned int flags);
int libraw_open_buffer(libraw_data_t *lr, const void *buffer, unsigned long size);
int libraw_unpack(libraw_data_t *lr);
const char *libraw_strerror(int errorcode);
void libraw_close(libraw_data_t *lr);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "libraw.h"
libraw_data_t *libraw_init(unsigned int flags) { libraw_data_t *lr = calloc(1, sizeof *lr); if (lr) lr->process_warnings = flags; return lr; }
int libraw_open_buffer(libraw_data_t *lr, const void *buffer, unsigned long size) {
  if (!lr || !buffer || size < 16) return -2;
  const unsigned char *b = buffer;
  lr->sizes.raw_width = lr->sizes.width = (ushort)(b[0] << 8 | b[1]);
  lr->sizes.raw_height = lr->sizes.height = (ushort)(b[2] << 8 | b[3]);
  lr->sizes.pixel_aspect = 1.0; lr->sizes.raw_pitch = lr->sizes.raw_width * 2u;
  memcpy(lr->idata.make, b + 4, 12); lr->idata.colors = 3; lr->idata.raw_count = 1;
  lr->progress_flags = 1;
  return 0;
}
int libraw_unpack(libraw_data_t *lr) { if (!(lr->progress_flags & 1)) return -4; lr->progress_flags |= 2; return 0; }
const char *libraw_strerror(int e) { return e == 0 ? "No error" : e == -4 ? "Out of order call of libraw function" : "Unknown error code"; }
void libraw_close(libraw_data_t *lr) { free(lr); }
//--- v2
#include <stdlib.h>
#include <string.h>
#include "libraw.h"
libraw_data_t *libraw_init(unsigned int flags) { libraw_data_t *lr = calloc(1, sizeof *lr); if (lr) lr->process_warnings = flags; return lr; }
int libraw_open_buffer(libraw_data_t *lr, const void *buffer, unsigned long size) {
  if (!lr || !buffer || size < 16) return -2;
  const unsigned char *b = buffer;
  lr->sizes.raw_width = lr->sizes.width = (ushort)(b[0] << 8 | b[1]);
  lr->sizes.raw_height = lr->sizes.height = (ushort)(b[2] << 8 | b[3]);
  lr->sizes.pixel_aspect = 1.0; lr->sizes.raw_pitch = lr->sizes.raw_width * 2u;
  lr->sizes.raw_inset_crop.cwidth = lr->sizes.width; lr->sizes.raw_inset_crop.cheight = lr->sizes.height;
  memcpy(lr->idata.make, b + 4, 12); lr->idata.colors = 3; lr->idata.raw_count = 1;
  lr->progress_flags = 1;
  return 0;
}
int libraw_unpack(libraw_data_t *lr) { if (!(lr->progress_flags & 1)) return -4; lr->progress_flags |= 2; return 0; }
const char *libraw_strerror(int e) { return e == 0 ? "No error" : e == -4 ? "Out of order call of libraw function" : "Unknown error code"; }
void libraw_close(libraw_data_t *lr) { free(lr); }
