// expect: info
// why: gr_faceinfo, which gr_face_info hands out, ends with three one-bit unsigned fields that GCC packs into byte 7,
// why: right after the one-byte space_contextuals. v2 adds a fourth, has_color, at bit 3 of the same byte: those bits
// why: were unnamed padding, so the struct stays 8 bytes and every existing member and bit keeps its place. Old
// why: readers never look at the new bit.
// abidiff: 4 disagree: abidiff reports has_color inserted; it takes an unused bit of byte 7, so the size and every existing bit hold.
//--- v1/Font.h
typedef short gr_int16;
typedef unsigned short gr_uint16;
typedef unsigned int gr_uint32;
typedef struct gr_face gr_face;
typedef struct gr_faceinfo {
    gr_int16 extra_ascent;
    gr_int16 extra_descent;
    gr_uint16 upem;
    unsigned char space_contextuals;
    unsigned int has_bidi_mirroring : 1;
    unsigned int line_ends : 1;
    unsigned int justifies : 1;
} gr_faceinfo;
gr_face *gr_make_face(const void *appFaceHandle, gr_uint32 faceOptions);
const gr_faceinfo *gr_face_info(const gr_face *face, gr_uint32 script);
void gr_face_destroy(gr_face *face);
//--- v2/Font.h
typedef short gr_int16;
typedef unsigned short gr_uint16;
typedef unsigned int gr_uint32;
typedef struct gr_face gr_face;
typedef struct gr_faceinfo {
    gr_int16 extra_ascent;
    gr_int16 extra_descent;
    gr_uint16 upem;
    unsigned char space_contextuals;
    unsigned int has_bidi_mirroring : 1;
    unsigned int line_ends : 1;
    unsigned int justifies : 1;
    unsigned int has_color : 1;
} gr_faceinfo;
gr_face *gr_make_face(const void *appFaceHandle, gr_uint32 faceOptions);
const gr_faceinfo *gr_face_info(const gr_face *face, gr_uint32 script);
void gr_face_destroy(gr_face *face);
//--- v1
#include <stdlib.h>
#include "Font.h"
struct gr_face { const void *handle; gr_uint32 options; gr_faceinfo info; };
gr_face *gr_make_face(const void *appFaceHandle, gr_uint32 faceOptions) { gr_face *f = calloc(1, sizeof *f); if (f) { f->handle = appFaceHandle; f->options = faceOptions; f->info.upem = 2048; f->info.has_bidi_mirroring = 1; } return f; }
const gr_faceinfo *gr_face_info(const gr_face *face, gr_uint32 script) { (void)script; return face ? &face->info : 0; }
void gr_face_destroy(gr_face *face) { free(face); }
//--- v2
#include <stdlib.h>
#include "Font.h"
struct gr_face { const void *handle; gr_uint32 options; gr_faceinfo info; };
gr_face *gr_make_face(const void *appFaceHandle, gr_uint32 faceOptions) { gr_face *f = calloc(1, sizeof *f); if (f) { f->handle = appFaceHandle; f->options = faceOptions; f->info.upem = 2048; f->info.has_bidi_mirroring = 1; f->info.has_color = (faceOptions & 0x10) != 0; } return f; }
const gr_faceinfo *gr_face_info(const gr_face *face, gr_uint32 script) { (void)script; return face ? &face->info : 0; }
void gr_face_destroy(gr_face *face) { free(face); }
