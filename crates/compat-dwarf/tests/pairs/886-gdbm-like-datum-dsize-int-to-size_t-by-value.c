// expect: breaking
// why: datum, a pointer and a length, is passed and returned by value by gdbm_fetch, gdbm_store and gdbm_exists.
// why: v2 widens dsize from int to size_t: the struct keeps 16 bytes and its two INTEGER eightbytes, but an old
// why: caller sets only the low 32 bits of the register that carries dsize (the rest is undefined) and v2 reads all 64
// why: as the key's length; a datum v2 returns with a length of 4 GiB or more is truncated by an old caller.
// abidiff: 4 agree
//--- gdbm-file.h
#include <stddef.h>
typedef struct gdbm_file_info *GDBM_FILE;
GDBM_FILE gdbm_open(const char *name, int block_size, int flags, int mode, void (*fatal_func)(const char *));
void gdbm_close(GDBM_FILE dbf);
//--- v1/gdbm.h
typedef struct { char *dptr; int dsize; } datum;
datum gdbm_fetch(GDBM_FILE dbf, datum key);
int gdbm_store(GDBM_FILE dbf, datum key, datum content, int flag);
int gdbm_exists(GDBM_FILE dbf, datum key);
//--- v2/gdbm.h
typedef struct { char *dptr; size_t dsize; } datum;
datum gdbm_fetch(GDBM_FILE dbf, datum key);
int gdbm_store(GDBM_FILE dbf, datum key, datum content, int flag);
int gdbm_exists(GDBM_FILE dbf, datum key);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "gdbm-file.h"
#include "gdbm.h"
struct entry { char *key; int klen; char *val; int vlen; };
struct gdbm_file_info { char *name; struct entry e[64]; int n; };
GDBM_FILE gdbm_open(const char *name, int block_size, int flags, int mode, void (*fatal_func)(const char *)) { (void)block_size; (void)flags; (void)mode; (void)fatal_func; GDBM_FILE f = calloc(1, sizeof *f); if (f) f->name = strdup(name ? name : ""); return f; }
void gdbm_close(GDBM_FILE dbf) { if (!dbf) return; for (int i = 0; i < dbf->n; i++) { free(dbf->e[i].key); free(dbf->e[i].val); } free(dbf->name); free(dbf); }
static int find(GDBM_FILE dbf, datum key) { for (int i = 0; i < dbf->n; i++) if (dbf->e[i].klen == key.dsize && !memcmp(dbf->e[i].key, key.dptr, (size_t)key.dsize)) return i; return -1; }
datum gdbm_fetch(GDBM_FILE dbf, datum key) {
    datum r = { 0, 0 };
    int i = dbf && key.dptr ? find(dbf, key) : -1;
    if (i >= 0 && (r.dptr = malloc((size_t)dbf->e[i].vlen))) { memcpy(r.dptr, dbf->e[i].val, (size_t)dbf->e[i].vlen); r.dsize = dbf->e[i].vlen; }
    return r;
}
int gdbm_store(GDBM_FILE dbf, datum key, datum content, int flag) {
    if (!dbf || !key.dptr || !content.dptr || key.dsize < 0 || content.dsize < 0) return -1;
    int i = find(dbf, key);
    if (i >= 0 && flag == 0) return 1;
    if (i < 0) { if (dbf->n == 64) return -1; i = dbf->n++; dbf->e[i].key = malloc((size_t)key.dsize); memcpy(dbf->e[i].key, key.dptr, (size_t)key.dsize); dbf->e[i].klen = key.dsize; } else free(dbf->e[i].val);
    dbf->e[i].val = malloc((size_t)content.dsize); memcpy(dbf->e[i].val, content.dptr, (size_t)content.dsize); dbf->e[i].vlen = content.dsize;
    return 0;
}
int gdbm_exists(GDBM_FILE dbf, datum key) { return dbf && key.dptr && find(dbf, key) >= 0; }
//--- v2
#include <stdlib.h>
#include <string.h>
#include "gdbm-file.h"
#include "gdbm.h"
struct entry { char *key; size_t klen; char *val; size_t vlen; };
struct gdbm_file_info { char *name; struct entry e[64]; int n; };
GDBM_FILE gdbm_open(const char *name, int block_size, int flags, int mode, void (*fatal_func)(const char *)) { (void)block_size; (void)flags; (void)mode; (void)fatal_func; GDBM_FILE f = calloc(1, sizeof *f); if (f) f->name = strdup(name ? name : ""); return f; }
void gdbm_close(GDBM_FILE dbf) { if (!dbf) return; for (int i = 0; i < dbf->n; i++) { free(dbf->e[i].key); free(dbf->e[i].val); } free(dbf->name); free(dbf); }
static int find(GDBM_FILE dbf, datum key) { for (int i = 0; i < dbf->n; i++) if (dbf->e[i].klen == key.dsize && !memcmp(dbf->e[i].key, key.dptr, key.dsize)) return i; return -1; }
datum gdbm_fetch(GDBM_FILE dbf, datum key) {
    datum r = { 0, 0 };
    int i = dbf && key.dptr ? find(dbf, key) : -1;
    if (i >= 0 && (r.dptr = malloc(dbf->e[i].vlen))) { memcpy(r.dptr, dbf->e[i].val, dbf->e[i].vlen); r.dsize = dbf->e[i].vlen; }
    return r;
}
int gdbm_store(GDBM_FILE dbf, datum key, datum content, int flag) {
    if (!dbf || !key.dptr || !content.dptr) return -1;
    int i = find(dbf, key);
    if (i >= 0 && flag == 0) return 1;
    if (i < 0) { if (dbf->n == 64) return -1; i = dbf->n++; dbf->e[i].key = malloc(key.dsize); memcpy(dbf->e[i].key, key.dptr, key.dsize); dbf->e[i].klen = key.dsize; } else free(dbf->e[i].val);
    dbf->e[i].val = malloc(content.dsize); memcpy(dbf->e[i].val, content.dptr, content.dsize); dbf->e[i].vlen = content.dsize;
    return 0;
}
int gdbm_exists(GDBM_FILE dbf, datum key) { return dbf && key.dptr && find(dbf, key) >= 0; }
