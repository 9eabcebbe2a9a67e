// expect: warning
// why: struct mpg123_frameinfo is allocated by the caller and filled by mpg123_info(mh, &fi). Following mpg123
// why: 1.32's mpg123_frameinfo2, v2 declares its version, mode, flags and vbr members int instead of their enums, so
// why: the struct no longer depends on how a compiler sizes enums. Every member keeps its 4 bytes and offset
// why: (version 0, mode 16, flags 28, vbr 44) in the same 48-byte struct, but each of those enums has only
// why: non-negative enumerators, so its underlying type is unsigned int: the members go from unsigned to signed, a
// why: same-size signedness change of a caller-allocated type (as in 22 and 39), not a layout break.
// abidiff: 0 disagree: abidiff filters an enum member replaced by int of the same size as harmless; the layout holds, but the enums' underlying type is unsigned int, so the members' signedness flips (as in 22).
//--- v1/mpg123.h
typedef struct mpg123_handle_struct mpg123_handle;
enum mpg123_version { MPG123_1_0 = 0, MPG123_2_0, MPG123_2_5 };
enum mpg123_mode { MPG123_M_STEREO = 0, MPG123_M_JOINT, MPG123_M_DUAL, MPG123_M_MONO };
enum mpg123_flags { MPG123_CRC = 0x1, MPG123_COPYRIGHT = 0x2, MPG123_PRIVATE = 0x4, MPG123_ORIGINAL = 0x8 };
enum mpg123_vbr { MPG123_CBR = 0, MPG123_VBR, MPG123_ABR };
struct mpg123_frameinfo {
  enum mpg123_version version;
  int layer;
  long rate;
  enum mpg123_mode mode;
  int mode_ext;
  int framesize;
  enum mpg123_flags flags;
  int emphasis;
  int bitrate;
  int abr_rate;
  enum mpg123_vbr vbr;
};
mpg123_handle *mpg123_new(const char *decoder, int *error);
int mpg123_info(mpg123_handle *mh, struct mpg123_frameinfo *mi);
void mpg123_delete(mpg123_handle *mh);
//--- v2/mpg123.h
typedef struct mpg123_handle_struct mpg123_handle;
enum mpg123_version { MPG123_1_0 = 0, MPG123_2_0, MPG123_2_5 };
enum mpg123_mode { MPG123_M_STEREO = 0, MPG123_M_JOINT, MPG123_M_DUAL, MPG123_M_MONO };
enum mpg123_flags { MPG123_CRC = 0x1, MPG123_COPYRIGHT = 0x2, MPG123_PRIVATE = 0x4, MPG123_ORIGINAL = 0x8 };
enum mpg123_vbr { MPG123_CBR = 0, MPG123_VBR, MPG123_ABR };
struct mpg123_frameinfo {
  int version;
  int layer;
  long rate;
  int mode;
  int mode_ext;
  int framesize;
  int flags;
  int emphasis;
  int bitrate;
  int abr_rate;
  int vbr;
};
mpg123_handle *mpg123_new(const char *decoder, int *error);
int mpg123_info(mpg123_handle *mh, struct mpg123_frameinfo *mi);
void mpg123_delete(mpg123_handle *mh);
//--- lib.c
#include <stdlib.h>
#include "mpg123.h"
struct mpg123_handle_struct { int lsf; int mpeg25; int lay; long sampling_frequency; int mode; int bitrate_index; int vbr; int abr_rate; };
mpg123_handle *mpg123_new(const char *decoder, int *error) {
  (void)decoder; mpg123_handle *mh = calloc(1, sizeof *mh);
  if (error) *error = mh ? 0 : 7;
  if (mh) { mh->lay = 3; mh->sampling_frequency = 44100; mh->mode = MPG123_M_JOINT; mh->bitrate_index = 9; }
  return mh;
}
int mpg123_info(mpg123_handle *mh, struct mpg123_frameinfo *mi) {
  if (!mh || !mi) return -1;
  mi->version = mh->mpeg25 ? MPG123_2_5 : (mh->lsf ? MPG123_2_0 : MPG123_1_0);
  mi->layer = mh->lay; mi->rate = mh->sampling_frequency; mi->mode = mh->mode; mi->mode_ext = 0;
  mi->framesize = 417; mi->flags = MPG123_ORIGINAL; mi->emphasis = 0; mi->bitrate = mh->bitrate_index * 16;
  mi->abr_rate = mh->abr_rate; mi->vbr = mh->vbr;
  return 0;
}
void mpg123_delete(mpg123_handle *mh) { free(mh); }
