// expect: info
// why: gme_track_info hands out a gme_info_t the library allocates (gme_free_info releases it); after the four used
// why: lengths the struct holds twelve spare ints i4..i15 and nine spare strings s7..s15, which the library sets to
// why: -1 and "" so that fields can be added without changing its layout. v2 renames i4 to fade_length and fills it:
// why: same type, offset and size, and the struct keeps its 192 bytes. Old binaries never read i4 for meaning, so
// why: nothing changes for them; sources naming i4 no longer compile, an API change to report.
// abidiff: 0 agree
//--- v1/gme.h
typedef const char *gme_err_t;
typedef struct Music_Emu Music_Emu;
typedef struct gme_info_t {
    int length;
    int intro_length;
    int loop_length;
    int play_length;
    int i4, i5, i6, i7, i8, i9, i10, i11, i12, i13, i14, i15;
    const char *system;
    const char *game;
    const char *song;
    const char *author;
    const char *copyright;
    const char *comment;
    const char *dumper;
    const char *s7, *s8, *s9, *s10, *s11, *s12, *s13, *s14, *s15;
} gme_info_t;
gme_err_t gme_open_data(const void *data, long size, Music_Emu **out, int sample_rate);
gme_err_t gme_track_info(const Music_Emu *emu, gme_info_t **out, int track);
void gme_free_info(gme_info_t *info);
void gme_delete(Music_Emu *emu);
//--- v2/gme.h
typedef const char *gme_err_t;
typedef struct Music_Emu Music_Emu;
typedef struct gme_info_t {
    int length;
    int intro_length;
    int loop_length;
    int play_length;
    int fade_length;
    int i5, i6, i7, i8, i9, i10, i11, i12, i13, i14, i15;
    const char *system;
    const char *game;
    const char *song;
    const char *author;
    const char *copyright;
    const char *comment;
    const char *dumper;
    const char *s7, *s8, *s9, *s10, *s11, *s12, *s13, *s14, *s15;
} gme_info_t;
gme_err_t gme_open_data(const void *data, long size, Music_Emu **out, int sample_rate);
gme_err_t gme_track_info(const Music_Emu *emu, gme_info_t **out, int track);
void gme_free_info(gme_info_t *info);
void gme_delete(Music_Emu *emu);
//--- v1
#include <stdlib.h>
#include "gme.h"
struct Music_Emu { int sample_rate; int track_count; int lengths[16]; int fades[16]; const char *system; };
gme_err_t gme_open_data(const void *data, long size, Music_Emu **out, int sample_rate) {
    if (!data || size < 4) return "Invalid file data";
    Music_Emu *e = calloc(1, sizeof *e);
    if (!e) return "Out of memory";
    e->sample_rate = sample_rate; e->track_count = 1; e->lengths[0] = 150000; e->fades[0] = 8000; e->system = "Nintendo NES";
    *out = e;
    return NULL;
}
gme_err_t gme_track_info(const Music_Emu *emu, gme_info_t **out, int track) {
    if (track < 0 || track >= emu->track_count) return "Invalid track";
    gme_info_t *info = malloc(sizeof *info);
    if (!info) return "Out of memory";
    int *ints = &info->length;
    for (int i = 0; i < 16; i++) ints[i] = -1;
    const char **strs = &info->system;
    for (int i = 0; i < 16; i++) strs[i] = "";
    info->length = emu->lengths[track];
    info->play_length = info->length;
    info->system = emu->system;
    *out = info;
    return NULL;
}
void gme_free_info(gme_info_t *info) { free(info); }
void gme_delete(Music_Emu *emu) { free(emu); }
//--- v2
#include <stdlib.h>
#include "gme.h"
struct Music_Emu { int sample_rate; int track_count; int lengths[16]; int fades[16]; const char *system; };
gme_err_t gme_open_data(const void *data, long size, Music_Emu **out, int sample_rate) {
    if (!data || size < 4) return "Invalid file data";
    Music_Emu *e = calloc(1, sizeof *e);
    if (!e) return "Out of memory";
    e->sample_rate = sample_rate; e->track_count = 1; e->lengths[0] = 150000; e->fades[0] = 8000; e->system = "Nintendo NES";
    *out = e;
    return NULL;
}
gme_err_t gme_track_info(const Music_Emu *emu, gme_info_t **out, int track) {
    if (track < 0 || track >= emu->track_count) return "Invalid track";
    gme_info_t *info = malloc(sizeof *info);
    if (!info) return "Out of memory";
    int *ints = &info->length;
    for (int i = 0; i < 16; i++) ints[i] = -1;
    const char **strs = &info->system;
    for (int i = 0; i < 16; i++) strs[i] = "";
    info->length = emu->lengths[track];
    info->fade_length = emu->fades[track];
    info->play_length = info->length + info->fade_length;
    info->system = emu->system;
    *out = info;
    return NULL;
}
void gme_free_info(gme_info_t *info) { free(info); }
void gme_delete(Music_Emu *emu) { free(emu); }
