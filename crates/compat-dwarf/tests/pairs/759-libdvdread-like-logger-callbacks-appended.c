// expect: breaking
// why: dvd_logger_cb is a callback table the application fills and passes to DVDOpen2, which keeps a copy of it. v2
// why: appends pf_progress and calls it when set; the struct carries no size or version, so for a v1 caller's 8-byte
// why: table the library copies 16 bytes and calls whatever followed it on the caller's stack as pf_progress.
// abidiff: 4 agree
//--- v1/dvd_reader.h
#include <stdarg.h>
typedef struct dvd_reader_s dvd_reader_t;
typedef enum { DVD_LOGGER_LEVEL_INFO, DVD_LOGGER_LEVEL_ERROR, DVD_LOGGER_LEVEL_WARN, DVD_LOGGER_LEVEL_DEBUG } dvd_logger_level_t;
typedef struct { void (*pf_log)(void *, dvd_logger_level_t, const char *, va_list); } dvd_logger_cb;
dvd_reader_t *DVDOpen2(void *priv, const dvd_logger_cb *logcb, const char *path);
int DVDReadBlocks(dvd_reader_t *dvd, int offset, int block_count, unsigned char *data);
void DVDClose(dvd_reader_t *dvd);
//--- v2/dvd_reader.h
#include <stdarg.h>
typedef struct dvd_reader_s dvd_reader_t;
typedef enum { DVD_LOGGER_LEVEL_INFO, DVD_LOGGER_LEVEL_ERROR, DVD_LOGGER_LEVEL_WARN, DVD_LOGGER_LEVEL_DEBUG } dvd_logger_level_t;
typedef struct { void (*pf_log)(void *, dvd_logger_level_t, const char *, va_list); void (*pf_progress)(void *, int done, int total); } dvd_logger_cb;
dvd_reader_t *DVDOpen2(void *priv, const dvd_logger_cb *logcb, const char *path);
int DVDReadBlocks(dvd_reader_t *dvd, int offset, int block_count, unsigned char *data);
void DVDClose(dvd_reader_t *dvd);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "dvd_reader.h"
struct dvd_reader_s { void *priv; dvd_logger_cb logcb; const char *path; };
static void logmsg(dvd_reader_t *d, dvd_logger_level_t l, const char *fmt, ...) { va_list ap; va_start(ap, fmt); if (d->logcb.pf_log) d->logcb.pf_log(d->priv, l, fmt, ap); va_end(ap); }
dvd_reader_t *DVDOpen2(void *priv, const dvd_logger_cb *logcb, const char *path) { dvd_reader_t *d = calloc(1, sizeof *d); if (!d) return 0; d->priv = priv; if (logcb) d->logcb = *logcb; d->path = path; logmsg(d, DVD_LOGGER_LEVEL_INFO, "opened %s", path); return d; }
int DVDReadBlocks(dvd_reader_t *dvd, int offset, int block_count, unsigned char *data) { if (offset < 0 || block_count < 0) { logmsg(dvd, DVD_LOGGER_LEVEL_ERROR, "bad read at %d", offset); return -1; } memset(data, 0, (size_t)block_count * 2048); return block_count; }
void DVDClose(dvd_reader_t *dvd) { free(dvd); }
//--- v2
#include <stdlib.h>
#include <string.h>
#include "dvd_reader.h"
struct dvd_reader_s { void *priv; dvd_logger_cb logcb; const char *path; };
static void logmsg(dvd_reader_t *d, dvd_logger_level_t l, const char *fmt, ...) { va_list ap; va_start(ap, fmt); if (d->logcb.pf_log) d->logcb.pf_log(d->priv, l, fmt, ap); va_end(ap); }
dvd_reader_t *DVDOpen2(void *priv, const dvd_logger_cb *logcb, const char *path) { dvd_reader_t *d = calloc(1, sizeof *d); if (!d) return 0; d->priv = priv; if (logcb) d->logcb = *logcb; d->path = path; logmsg(d, DVD_LOGGER_LEVEL_INFO, "opened %s", path); return d; }
int DVDReadBlocks(dvd_reader_t *dvd, int offset, int block_count, unsigned char *data) { if (offset < 0 || block_count < 0) { logmsg(dvd, DVD_LOGGER_LEVEL_ERROR, "bad read at %d", offset); return -1; } memset(data, 0, (size_t)block_count * 2048); for (int i = 0; i < block_count; i++) if (dvd->logcb.pf_progress) dvd->logcb.pf_progress(dvd->priv, i + 1, block_count); return block_count; }
void DVDClose(dvd_reader_t *dvd) { free(dvd); }
