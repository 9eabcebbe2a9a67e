// expect: info
// why: bgfx_view_xform_t is caller-allocated (consumers fill it and pass it to bgfx_set_view_xform). v2 declares
// why: view and proj as float[16] instead of float[4][4]: each member keeps its 64 bytes of floats at the same
// why: offset, row-major either way, so the library reads the same bytes; sources indexing view[i][j] must
// why: change: an API change of the same representation, not a layout break.
// abidiff: 4 disagree: abidiff reports the members' types changed; both arrays hold sixteen floats at the same offsets.
//--- v1/bgfx.h
typedef struct bgfx_view_xform_s { unsigned short view_id; float view[4][4]; float proj[4][4]; } bgfx_view_xform_t;
void bgfx_set_view_xform(const bgfx_view_xform_t *xf);
float bgfx_view_trace(unsigned short view_id);
//--- v2/bgfx.h
typedef struct bgfx_view_xform_s { unsigned short view_id; float view[16]; float proj[16]; } bgfx_view_xform_t;
void bgfx_set_view_xform(const bgfx_view_xform_t *xf);
float bgfx_view_trace(unsigned short view_id);
//--- v1
#include <string.h>
#include "bgfx.h"
static float views[4][16];
void bgfx_set_view_xform(const bgfx_view_xform_t *xf) { memcpy(views[xf->view_id & 3], xf->view, sizeof xf->view); }
float bgfx_view_trace(unsigned short view_id) { const float *m = views[view_id & 3]; return m[0] + m[5] + m[10] + m[15]; }
//--- v2
#include <string.h>
#include "bgfx.h"
static float views[4][16];
void bgfx_set_view_xform(const bgfx_view_xform_t *xf) { memcpy(views[xf->view_id & 3], xf->view, sizeof xf->view); }
float bgfx_view_trace(unsigned short view_id) { const float *m = views[view_id & 3]; return m[0] + m[5] + m[10] + m[15]; }
