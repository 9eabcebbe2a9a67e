// expect: breaking
// why: lsn_t, a sector number, goes from int32_t to int64_t. cdio_get_track_lsn returns it and cdio_read_data_sectors
// why: takes it by value: v1 callers pass the sector in %edx's 32 bits and leave the upper half of %rdx undefined,
// why: which v2 reads as part of a 64-bit value; struct cdio_isrc_info, which callers allocate for cdio_get_isrc,
// why: grows from 16 to 24 bytes as its lsn member widens.
// abidiff: 4 agree
//--- v1/cdio.h
#include <stdint.h>
#include <stddef.h>
typedef int32_t lsn_t;
typedef uint8_t track_t;
typedef struct _CdIo CdIo_t;
typedef struct { lsn_t lsn; track_t track; char isrc[11]; } cdio_isrc_info_t;
CdIo_t *cdio_open(const char *source_name);
lsn_t cdio_get_track_lsn(const CdIo_t *p_cdio, track_t i_track);
int cdio_read_data_sectors(const CdIo_t *p_cdio, void *p_buf, lsn_t i_lsn, uint16_t i_blocksize, uint32_t i_blocks);
int cdio_get_isrc(const CdIo_t *p_cdio, track_t i_track, cdio_isrc_info_t *info);
void cdio_destroy(CdIo_t *p_cdio);
//--- v2/cdio.h
#include <stdint.h>
#include <stddef.h>
typedef int64_t lsn_t;
typedef uint8_t track_t;
typedef struct _CdIo CdIo_t;
typedef struct { lsn_t lsn; track_t track; char isrc[11]; } cdio_isrc_info_t;
CdIo_t *cdio_open(const char *source_name);
lsn_t cdio_get_track_lsn(const CdIo_t *p_cdio, track_t i_track);
int cdio_read_data_sectors(const CdIo_t *p_cdio, void *p_buf, lsn_t i_lsn, uint16_t i_blocksize, uint32_t i_blocks);
int cdio_get_isrc(const CdIo_t *p_cdio, track_t i_track, cdio_isrc_info_t *info);
void cdio_destroy(CdIo_t *p_cdio);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "cdio.h"
struct _CdIo { const char *source; lsn_t track_start[100]; lsn_t leadout; };
CdIo_t *cdio_open(const char *source_name) { CdIo_t *c = calloc(1, sizeof *c); if (c) { c->source = source_name; for (int i = 1; i < 100; i++) c->track_start[i] = (i - 1) * 15000; c->leadout = 99 * 15000; } return c; }
lsn_t cdio_get_track_lsn(const CdIo_t *p_cdio, track_t i_track) { return i_track >= 1 && i_track < 100 ? p_cdio->track_start[i_track] : -1; }
int cdio_read_data_sectors(const CdIo_t *p_cdio, void *p_buf, lsn_t i_lsn, uint16_t i_blocksize, uint32_t i_blocks) { if (i_lsn < 0 || i_lsn + (lsn_t)i_blocks > p_cdio->leadout) return -2; memset(p_buf, 0, (size_t)i_blocksize * i_blocks); return 0; }
int cdio_get_isrc(const CdIo_t *p_cdio, track_t i_track, cdio_isrc_info_t *info) { info->lsn = cdio_get_track_lsn(p_cdio, i_track); info->track = i_track; memcpy(info->isrc, "USRC1760000", 11); return 0; }
void cdio_destroy(CdIo_t *p_cdio) { free(p_cdio); }
//--- v2
#include <stdlib.h>
#include <string.h>
#include "cdio.h"
struct _CdIo { const char *source; lsn_t track_start[100]; lsn_t leadout; };
CdIo_t *cdio_open(const char *source_name) { CdIo_t *c = calloc(1, sizeof *c); if (c) { c->source = source_name; for (int i = 1; i < 100; i++) c->track_start[i] = (i - 1) * 15000; c->leadout = 99 * 15000; } return c; }
lsn_t cdio_get_track_lsn(const CdIo_t *p_cdio, track_t i_track) { return i_track >= 1 && i_track < 100 ? p_cdio->track_start[i_track] : -1; }
int cdio_read_data_sectors(const CdIo_t *p_cdio, void *p_buf, lsn_t i_lsn, uint16_t i_blocksize, uint32_t i_blocks) { if (i_lsn < 0 || i_lsn + (lsn_t)i_blocks > p_cdio->leadout) return -2; memset(p_buf, 0, (size_t)i_blocksize * i_blocks); return 0; }
int cdio_get_isrc(const CdIo_t *p_cdio, track_t i_track, cdio_isrc_info_t *info) { info->lsn = cdio_get_track_lsn(p_cdio, i_track); info->track = i_track; memcpy(info->isrc, "USRC1760000", 11); return 0; }
void cdio_destroy(CdIo_t *p_cdio) { free(p_cdio); }
