// expect: info
// why: libpng 1.5 changed png_get_iCCP's profile out-parameter from png_charpp (char **) to png_bytepp
// why: (unsigned char **): the pointer written through is the same 8 bytes and points to the same bytes; only
// why: the signedness of what the caller reads the profile as changed, deeper than the parameter's own pointee
// why: (policy: pointee signedness of a pointer parameter is info).
// abidiff: 4 disagree: abidiff reports png_get_iCCP's profile pointee and the source-only png_info_def member changed from char to unsigned char; the same pointers, only signedness of bytes behind them (policy, as in 255).
//--- v1/png.h
typedef unsigned int png_uint_32;
typedef char **png_charpp;
typedef struct png_info_def png_info;
png_info *png_create_info_struct(void);
png_uint_32 png_get_iCCP(png_info *info_ptr, png_charpp name, int *compression_type, png_charpp profile, png_uint_32 *proflen);
//--- v2/png.h
typedef unsigned int png_uint_32;
typedef unsigned char png_byte;
typedef char **png_charpp;
typedef png_byte **png_bytepp;
typedef struct png_info_def png_info;
png_info *png_create_info_struct(void);
png_uint_32 png_get_iCCP(png_info *info_ptr, png_charpp name, int *compression_type, png_bytepp profile, png_uint_32 *proflen);
//--- v1
#include <stdlib.h>
#include "png.h"
struct png_info_def { char *iccp_name; char *iccp_profile; png_uint_32 iccp_proflen; };
png_info *png_create_info_struct(void) { return calloc(1, sizeof(png_info)); }
png_uint_32 png_get_iCCP(png_info *info_ptr, png_charpp name, int *compression_type, png_charpp profile, png_uint_32 *proflen) {
  if (!info_ptr || !info_ptr->iccp_profile) return 0;
  *name = info_ptr->iccp_name; *compression_type = 0; *profile = info_ptr->iccp_profile; *proflen = info_ptr->iccp_proflen;
  return 0x1000;
}
//--- v2
#include <stdlib.h>
#include "png.h"
struct png_info_def { char *iccp_name; png_byte *iccp_profile; png_uint_32 iccp_proflen; };
png_info *png_create_info_struct(void) { return calloc(1, sizeof(png_info)); }
png_uint_32 png_get_iCCP(png_info *info_ptr, png_charpp name, int *compression_type, png_bytepp profile, png_uint_32 *proflen) {
  if (!info_ptr || !info_ptr->iccp_profile) return 0;
  *name = info_ptr->iccp_name; *compression_type = 0; *profile = info_ptr->iccp_profile; *proflen = info_ptr->iccp_proflen;
  return 0x1000;
}
