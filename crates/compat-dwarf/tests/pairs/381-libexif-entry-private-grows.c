// expect: info
// why: ExifEntry is declared with its members in exif-entry.h and handed out by exif_entry_new; its last member is
// why: ExifEntryPrivate *priv, and exif-entry.h only forward-declares struct _ExifEntryPrivate: the struct is
// why: defined in exif-entry.c, which alone allocates and reads it. v2 inserts a flags word after ref_count and
// why: appends an ExifLog pointer there. ExifEntry itself is unchanged (priv stays at byte 40 of 48), and nothing
// why: consumers compiled in reaches the private struct's layout (as in 64 and 74).
// abidiff: 4 disagree: abidiff reports members inserted into struct _ExifEntryPrivate; it is only forward-declared in the header and defined in the library's source, behind ExifEntry's priv pointer (as in 64).
//--- exif-entry.h
typedef enum { EXIF_TAG_MAKE = 0x010f, EXIF_TAG_MODEL = 0x0110, EXIF_TAG_ORIENTATION = 0x0112 } ExifTag;
typedef enum { EXIF_FORMAT_BYTE = 1, EXIF_FORMAT_ASCII = 2, EXIF_FORMAT_SHORT = 3, EXIF_FORMAT_LONG = 4 } ExifFormat;
typedef struct _ExifContent ExifContent;
typedef struct _ExifEntry ExifEntry;
typedef struct _ExifEntryPrivate ExifEntryPrivate;
struct _ExifEntry {
  ExifTag tag;
  ExifFormat format;
  unsigned long components;
  unsigned char *data;
  unsigned int size;
  ExifContent *parent;
  ExifEntryPrivate *priv;
};
ExifEntry *exif_entry_new(void);
void exif_entry_ref(ExifEntry *entry);
void exif_entry_unref(ExifEntry *entry);
void exif_entry_initialize(ExifEntry *e, ExifTag tag);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "exif-entry.h"
typedef struct { void *(*alloc)(unsigned int); void (*free)(void *); } ExifMem;
static void *mem_alloc(unsigned int n) { return calloc(n, 1); }
static ExifMem default_mem = { mem_alloc, free };
struct _ExifEntryPrivate {
  unsigned int ref_count;
  ExifMem *mem;
};
ExifEntry *exif_entry_new(void) {
  ExifEntry *e = default_mem.alloc(sizeof *e);
  if (!e) return NULL;
  e->priv = default_mem.alloc(sizeof *e->priv);
  if (!e->priv) { default_mem.free(e); return NULL; }
  e->priv->ref_count = 1; e->priv->mem = &default_mem;
  return e;
}
void exif_entry_ref(ExifEntry *e) { if (e) e->priv->ref_count++; }
void exif_entry_unref(ExifEntry *e) {
  if (!e || --e->priv->ref_count) return;
  ExifMem *mem = e->priv->mem;
  mem->free(e->data); mem->free(e->priv); mem->free(e);
}
void exif_entry_initialize(ExifEntry *e, ExifTag tag) {
  if (!e || e->data) return;
  e->tag = tag; e->format = EXIF_FORMAT_SHORT; e->components = 1; e->size = 2;
  e->data = e->priv->mem->alloc(e->size);
  if (e->data && tag == EXIF_TAG_ORIENTATION) e->data[0] = 1;
}
//--- v2
#include <stdlib.h>
#include <string.h>
#include "exif-entry.h"
typedef struct { void *(*alloc)(unsigned int); void (*free)(void *); } ExifMem;
typedef struct { void (*func)(int code, const char *domain, const char *msg); } ExifLog;
static void *mem_alloc(unsigned int n) { return calloc(n, 1); }
static ExifMem default_mem = { mem_alloc, free };
struct _ExifEntryPrivate {
  unsigned int ref_count;
  unsigned int flags;
  ExifMem *mem;
  ExifLog *log;
};
ExifEntry *exif_entry_new(void) {
  ExifEntry *e = default_mem.alloc(sizeof *e);
  if (!e) return NULL;
  e->priv = default_mem.alloc(sizeof *e->priv);
  if (!e->priv) { default_mem.free(e); return NULL; }
  e->priv->ref_count = 1; e->priv->mem = &default_mem; e->priv->log = NULL;
  return e;
}
void exif_entry_ref(ExifEntry *e) { if (e) e->priv->ref_count++; }
void exif_entry_unref(ExifEntry *e) {
  if (!e || --e->priv->ref_count) return;
  ExifMem *mem = e->priv->mem;
  mem->free(e->data); mem->free(e->priv); mem->free(e);
}
void exif_entry_initialize(ExifEntry *e, ExifTag tag) {
  if (!e || e->data) return;
  e->tag = tag; e->format = EXIF_FORMAT_SHORT; e->components = 1; e->size = 2;
  e->data = e->priv->mem->alloc(e->size);
  if (!e->data) { if (e->priv->log) e->priv->log->func(1, "ExifEntry", "out of memory"); return; }
  e->priv->flags |= 1;
  if (tag == EXIF_TAG_ORIENTATION) e->data[0] = 1;
}
