// expect: none
// why: BLURAY_TITLE_INFO, handed out by bd_get_title_info, and the caller-filled BLURAY_CLIP_INFO array spell their
// why: members with stdint names in v1 and with the base types in v2 (uint32_t as unsigned int, uint64_t as
// why: unsigned long, uint16_t as unsigned short, uint8_t as unsigned char): on x86-64 glibc each stdint name is a typedef chain ending at that
// why: very base type, so every member, parameter and result denotes the same type.
// abidiff: 0 agree
//--- v1/bluray.h
#include <stdint.h>
typedef struct bluray BLURAY;
typedef struct bd_clip { uint32_t pkt_count; uint8_t still_mode; uint16_t still_time; uint64_t start_time; uint64_t in_time; uint64_t out_time; } BLURAY_CLIP_INFO;
typedef struct bd_title_info { uint32_t idx; uint32_t playlist; uint64_t duration; uint32_t clip_count; uint8_t angle_count; uint32_t chapter_count; BLURAY_CLIP_INFO *clips; } BLURAY_TITLE_INFO;
BLURAY *bd_open(const char *device_path, const char *keyfile_path);
BLURAY_TITLE_INFO *bd_get_title_info(BLURAY *bd, uint32_t title_idx, unsigned angle);
uint32_t bd_copy_clips(BLURAY *bd, uint32_t title_idx, BLURAY_CLIP_INFO *out, uint32_t max);
void bd_free_title_info(BLURAY_TITLE_INFO *title_info);
//--- v2/bluray.h
typedef struct bluray BLURAY;
typedef struct bd_clip { unsigned int pkt_count; unsigned char still_mode; unsigned short still_time; unsigned long start_time; unsigned long in_time; unsigned long out_time; } BLURAY_CLIP_INFO;
typedef struct bd_title_info { unsigned int idx; unsigned int playlist; unsigned long duration; unsigned int clip_count; unsigned char angle_count; unsigned int chapter_count; BLURAY_CLIP_INFO *clips; } BLURAY_TITLE_INFO;
BLURAY *bd_open(const char *device_path, const char *keyfile_path);
BLURAY_TITLE_INFO *bd_get_title_info(BLURAY *bd, unsigned int title_idx, unsigned angle);
unsigned int bd_copy_clips(BLURAY *bd, unsigned int title_idx, BLURAY_CLIP_INFO *out, unsigned int max);
void bd_free_title_info(BLURAY_TITLE_INFO *title_info);
//--- v1
#include <stdlib.h>
#include "bluray.h"
struct bluray { const char *path; BLURAY_CLIP_INFO clips[2]; };
BLURAY *bd_open(const char *device_path, const char *keyfile_path) { (void)keyfile_path; BLURAY *bd = calloc(1, sizeof *bd); if (bd) { bd->path = device_path; bd->clips[0].pkt_count = 100; bd->clips[1].out_time = 90000; } return bd; }
BLURAY_TITLE_INFO *bd_get_title_info(BLURAY *bd, uint32_t title_idx, unsigned angle) { (void)angle; BLURAY_TITLE_INFO *t = calloc(1, sizeof *t); if (t) { t->idx = title_idx; t->clip_count = 2; t->clips = bd->clips; t->duration = 90000; } return t; }
uint32_t bd_copy_clips(BLURAY *bd, uint32_t title_idx, BLURAY_CLIP_INFO *out, uint32_t max) { (void)title_idx; uint32_t n = max < 2 ? max : 2; for (uint32_t i = 0; i < n; i++) out[i] = bd->clips[i]; return n; }
void bd_free_title_info(BLURAY_TITLE_INFO *title_info) { free(title_info); }
//--- v2
#include <stdlib.h>
#include "bluray.h"
struct bluray { const char *path; BLURAY_CLIP_INFO clips[2]; };
BLURAY *bd_open(const char *device_path, const char *keyfile_path) { (void)keyfile_path; BLURAY *bd = calloc(1, sizeof *bd); if (bd) { bd->path = device_path; bd->clips[0].pkt_count = 100; bd->clips[1].out_time = 90000; } return bd; }
BLURAY_TITLE_INFO *bd_get_title_info(BLURAY *bd, unsigned int title_idx, unsigned angle) { (void)angle; BLURAY_TITLE_INFO *t = calloc(1, sizeof *t); if (t) { t->idx = title_idx; t->clip_count = 2; t->clips = bd->clips; t->duration = 90000; } return t; }
unsigned int bd_copy_clips(BLURAY *bd, unsigned int title_idx, BLURAY_CLIP_INFO *out, unsigned int max) { (void)title_idx; unsigned int n = max < 2 ? max : 2; for (unsigned int i = 0; i < n; i++) out[i] = bd->clips[i]; return n; }
void bd_free_title_info(BLURAY_TITLE_INFO *title_info) { free(title_info); }
