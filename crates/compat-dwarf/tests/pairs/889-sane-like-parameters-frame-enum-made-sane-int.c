// expect: warning
// why: SANE_Parameters is caller-allocated: sane_get_parameters fills the caller's object. Its format member was the
// why: enum SANE_Frame, whose enumerators are all non-negative, so unsigned int underneath; v2 makes SANE_Frame a
// why: typedef of SANE_Int (int) and turns the frame formats into macros, so backends can add formats. Same size and offset,
// why: but the member flips from unsigned to signed: an enum replaced by an integer of the other signedness (as in 848).
// abidiff: 0 disagree: abidiff filters an enum replaced by an integer of the same size as harmless; the signedness of the member still flips.
//--- sane-base.h
typedef int SANE_Word;
typedef SANE_Word SANE_Bool;
typedef SANE_Word SANE_Int;
typedef void *SANE_Handle;
typedef enum { SANE_STATUS_GOOD = 0, SANE_STATUS_UNSUPPORTED, SANE_STATUS_CANCELLED, SANE_STATUS_DEVICE_BUSY, SANE_STATUS_INVAL } SANE_Status;
SANE_Status sane_open(const char *devicename, SANE_Handle *handle);
void sane_close(SANE_Handle handle);
//--- v1/sane.h
typedef enum { SANE_FRAME_GRAY, SANE_FRAME_RGB, SANE_FRAME_RED, SANE_FRAME_GREEN, SANE_FRAME_BLUE } SANE_Frame;
typedef struct { SANE_Frame format; SANE_Bool last_frame; SANE_Int bytes_per_line; SANE_Int pixels_per_line; SANE_Int lines; SANE_Int depth; } SANE_Parameters;
SANE_Status sane_get_parameters(SANE_Handle handle, SANE_Parameters *params);
//--- v2/sane.h
typedef SANE_Int SANE_Frame;
typedef struct { SANE_Frame format; SANE_Bool last_frame; SANE_Int bytes_per_line; SANE_Int pixels_per_line; SANE_Int lines; SANE_Int depth; } SANE_Parameters;
#define SANE_FRAME_GRAY 0
#define SANE_FRAME_RGB 1
#define SANE_FRAME_RED 2
#define SANE_FRAME_GREEN 3
#define SANE_FRAME_BLUE 4
#define SANE_FRAME_MIME 5
SANE_Status sane_get_parameters(SANE_Handle handle, SANE_Parameters *params);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "sane-base.h"
#include "sane.h"
struct scanner { int color; int dpi; int width_mm; int height_mm; };
SANE_Status sane_open(const char *devicename, SANE_Handle *handle) { struct scanner *s = calloc(1, sizeof *s); if (!s) return SANE_STATUS_DEVICE_BUSY; s->color = devicename && strstr(devicename, "color") != 0; s->dpi = 300; s->width_mm = 216; s->height_mm = 297; *handle = s; return SANE_STATUS_GOOD; }
void sane_close(SANE_Handle handle) { free(handle); }
SANE_Status sane_get_parameters(SANE_Handle handle, SANE_Parameters *params) {
    struct scanner *s = handle;
    if (!s || !params) return SANE_STATUS_INVAL;
    params->format = s->color ? SANE_FRAME_RGB : SANE_FRAME_GRAY;
    params->last_frame = 1; params->depth = 8;
    params->pixels_per_line = s->width_mm * s->dpi * 10 / 254; params->lines = s->height_mm * s->dpi * 10 / 254;
    params->bytes_per_line = params->pixels_per_line * (s->color ? 3 : 1);
    return SANE_STATUS_GOOD;
}
//--- v2
#include <stdlib.h>
#include <string.h>
#include "sane-base.h"
#include "sane.h"
struct scanner { int color; int dpi; int width_mm; int height_mm; };
SANE_Status sane_open(const char *devicename, SANE_Handle *handle) { struct scanner *s = calloc(1, sizeof *s); if (!s) return SANE_STATUS_DEVICE_BUSY; s->color = devicename && strstr(devicename, "color") != 0; s->dpi = 300; s->width_mm = 216; s->height_mm = 297; *handle = s; return SANE_STATUS_GOOD; }
void sane_close(SANE_Handle handle) { free(handle); }
SANE_Status sane_get_parameters(SANE_Handle handle, SANE_Parameters *params) {
    struct scanner *s = handle;
    if (!s || !params) return SANE_STATUS_INVAL;
    params->format = s->color ? SANE_FRAME_RGB : SANE_FRAME_GRAY;
    params->last_frame = 1; params->depth = 8;
    params->pixels_per_line = s->width_mm * s->dpi * 10 / 254; params->lines = s->height_mm * s->dpi * 10 / 254;
    params->bytes_per_line = params->pixels_per_line * (s->color ? 3 : 1);
    return SANE_STATUS_GOOD;
}
