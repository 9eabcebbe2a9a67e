// expect: warning
// why: tm_unz is embedded by value in unz_file_info, which the caller allocates and unzGetCurrentFileInfo fills
// why: through an out-parameter (unz_file_info info; unzGetCurrentFileInfo(uf, &info, name, sizeof name, NULL, 0,
// why: NULL, 0)); nothing hands one out. minizip (zlib 1.2.12) declares tm_unz's six fields int instead of uInt to
// why: match struct tm: the same 4 bytes at the same offsets (tmu_date still at byte 112, the struct still 136
// why: bytes), but their signedness flips, so the bits may mean something else to consumers' comparisons and
// why: conversions (as in 39).
// abidiff: 4 agree
//--- v1/unzip.h
typedef unsigned int uInt;
typedef unsigned long uLong;
typedef void *unzFile;
typedef struct tm_unz_s { uInt tm_sec; uInt tm_min; uInt tm_hour; uInt tm_mday; uInt tm_mon; uInt tm_year; } tm_unz;
typedef struct unz_file_info_s {
  uLong version;
  uLong version_needed;
  uLong flag;
  uLong compression_method;
  uLong dosDate;
  uLong crc;
  uLong compressed_size;
  uLong uncompressed_size;
  uLong size_filename;
  uLong size_file_extra;
  uLong size_file_comment;
  uLong disk_num_start;
  uLong internal_fa;
  uLong external_fa;
  tm_unz tmu_date;
} unz_file_info;
unzFile unzOpen(const char *path);
int unzGoToFirstFile(unzFile file);
int unzGetCurrentFileInfo(unzFile file, unz_file_info *pfile_info, char *szFileName, uLong fileNameBufferSize, void *extraField, uLong extraFieldBufferSize, char *szComment, uLong commentBufferSize);
int unzClose(unzFile file);
//--- v2/unzip.h
typedef unsigned int uInt;
typedef unsigned long uLong;
typedef void *unzFile;
typedef struct tm_unz_s { int tm_sec; int tm_min; int tm_hour; int tm_mday; int tm_mon; int tm_year; } tm_unz;
typedef struct unz_file_info_s {
  uLong version;
  uLong version_needed;
  uLong flag;
  uLong compression_method;
  uLong dosDate;
  uLong crc;
  uLong compressed_size;
  uLong uncompressed_size;
  uLong size_filename;
  uLong size_file_extra;
  uLong size_file_comment;
  uLong disk_num_start;
  uLong internal_fa;
  uLong external_fa;
  tm_unz tmu_date;
} unz_file_info;
unzFile unzOpen(const char *path);
int unzGoToFirstFile(unzFile file);
int unzGetCurrentFileInfo(unzFile file, unz_file_info *pfile_info, char *szFileName, uLong fileNameBufferSize, void *extraField, uLong extraFieldBufferSize, char *szComment, uLong commentBufferSize);
int unzClose(unzFile file);
//--- lib.c
#include <stdlib.h>
#include <string.h>
#include "unzip.h"
typedef struct { const char *path; unz_file_info cur_file_info; int current_file_ok; } unz64_s;
static void unz64local_DosDateToTmuDate(uLong ulDosDate, tm_unz *ptm) {
  uLong uDate = ulDosDate >> 16;
  ptm->tm_mday = (uInt)(uDate & 0x1f);
  ptm->tm_mon = (uInt)(((uDate & 0x1E0) / 0x20) - 1);
  ptm->tm_year = (uInt)(((uDate & 0x0FE00) / 0x0200) + 1980);
  ptm->tm_hour = (uInt)((ulDosDate & 0xF800) / 0x800);
  ptm->tm_min = (uInt)((ulDosDate & 0x7E0) / 0x20);
  ptm->tm_sec = (uInt)(2 * (ulDosDate & 0x1f));
}
unzFile unzOpen(const char *path) { unz64_s *s = calloc(1, sizeof *s); if (s) s->path = path; return s; }
int unzGoToFirstFile(unzFile file) {
  unz64_s *s = file;
  memset(&s->cur_file_info, 0, sizeof s->cur_file_info);
  s->cur_file_info.version = 20; s->cur_file_info.dosDate = 0x58a36b20UL; s->cur_file_info.size_filename = 8;
  unz64local_DosDateToTmuDate(s->cur_file_info.dosDate, &s->cur_file_info.tmu_date);
  s->current_file_ok = 1;
  return 0;
}
int unzGetCurrentFileInfo(unzFile file, unz_file_info *pfile_info, char *szFileName, uLong fileNameBufferSize, void *extraField, uLong extraFieldBufferSize, char *szComment, uLong commentBufferSize) {
  unz64_s *s = file;
  (void)extraField; (void)extraFieldBufferSize; (void)szComment; (void)commentBufferSize;
  if (!s || !s->current_file_ok) return -100;
  if (pfile_info) *pfile_info = s->cur_file_info;
  if (szFileName && fileNameBufferSize > 8) strcpy(szFileName, "file.txt");
  return 0;
}
int unzClose(unzFile file) { free(file); return 0; }
