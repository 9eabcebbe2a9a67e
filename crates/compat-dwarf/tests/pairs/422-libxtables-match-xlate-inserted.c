// expect: breaking
// why: struct xtables_match is the table every iptables extension module fills statically and registers
// why: (static struct xtables_match foo_mt_reg[] = {...}; xtables_register_matches(foo_mt_reg, ARRAY_SIZE(...))); the
// why: library keeps the caller's objects, links them through next and writes option_offset, m, mflags and loaded
// why: into them. iptables 1.6 inserts int (*xlate)(...) after x6_options for the nft translation: udata_size moves
// why: from byte 120 to 128, the library's bookkeeping members from 128-160 to 136-168, and the struct grows from 160
// why: to 168 bytes, so the library reads modules' udata as udata_size and writes past the end of each old entry
// why: (and into the next one of the array). libxtables bumps XTABLES_VERSION and refuses old modules at
// why: registration with an error: they no longer load either way.
// abidiff: 4 agree
//--- v1/xtables.h
#include <stddef.h>
#include <stdint.h>
#define XTABLES_VERSION "libxtables.so.10"
struct xt_entry_match { uint16_t match_size; char name[29]; uint8_t revision; unsigned char data[]; };
struct xt_option_call;
struct xt_fcheck_call;
struct xt_option_entry { const char *name; unsigned int type; unsigned int id, excl, also, flags; unsigned int ptroff; size_t size; unsigned int min, max; };
struct xtables_match {
  const char *version;
  struct xtables_match *next;
  const char *name;
  const char *real_name;
  uint8_t revision;
  uint8_t ext_flags;
  uint16_t family;
  size_t size;
  size_t userspacesize;
  void (*help)(void);
  void (*init)(struct xt_entry_match *m);
  void (*print)(const void *ip, const struct xt_entry_match *match, int numeric);
  void (*save)(const void *ip, const struct xt_entry_match *match);
  const char *(*alias)(const struct xt_entry_match *match);
  void (*x6_parse)(struct xt_option_call *);
  void (*x6_fcheck)(struct xt_fcheck_call *);
  const struct xt_option_entry *x6_options;
  size_t udata_size;
  void *udata;
  unsigned int option_offset;
  struct xt_entry_match *m;
  unsigned int mflags;
  unsigned int loaded;
};
void xtables_register_match(struct xtables_match *me);
void xtables_register_matches(struct xtables_match *match, unsigned int n);
struct xtables_match *xtables_find_match(const char *name);
//--- v2/xtables.h
#include <stddef.h>
#include <stdint.h>
#define XTABLES_VERSION "libxtables.so.11"
struct xt_entry_match { uint16_t match_size; char name[29]; uint8_t revision; unsigned char data[]; };
struct xt_option_call;
struct xt_fcheck_call;
struct xt_xlate;
struct xt_xlate_mt_params;
struct xt_option_entry { const char *name; unsigned int type; unsigned int id, excl, also, flags; unsigned int ptroff; size_t size; unsigned int min, max; };
struct xtables_match {
  const char *version;
  struct xtables_match *next;
  const char *name;
  const char *real_name;
  uint8_t revision;
  uint8_t ext_flags;
  uint16_t family;
  size_t size;
  size_t userspacesize;
  void (*help)(void);
  void (*init)(struct xt_entry_match *m);
  void (*print)(const void *ip, const struct xt_entry_match *match, int numeric);
  void (*save)(const void *ip, const struct xt_entry_match *match);
  const char *(*alias)(const struct xt_entry_match *match);
  void (*x6_parse)(struct xt_option_call *);
  void (*x6_fcheck)(struct xt_fcheck_call *);
  const struct xt_option_entry *x6_options;
  int (*xlate)(struct xt_xlate *xl, const struct xt_xlate_mt_params *params);
  size_t udata_size;
  void *udata;
  unsigned int option_offset;
  struct xt_entry_match *m;
  unsigned int mflags;
  unsigned int loaded;
};
void xtables_register_match(struct xtables_match *me);
void xtables_register_matches(struct xtables_match *match, unsigned int n);
struct xtables_match *xtables_find_match(const char *name);
//--- lib.c
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "xtables.h"
static struct xtables_match *xtables_matches;
static unsigned int global_option_offset;
void xtables_register_match(struct xtables_match *me) {
  if (me->version == NULL || strcmp(me->version, XTABLES_VERSION) != 0) {
    fprintf(stderr, "match \"%s\" has version \"%s\", but \"%s\" is required.\n", me->name, me->version ? me->version : "?", XTABLES_VERSION);
    exit(1);
  }
  if (me->udata_size && !(me->udata = calloc(1, me->udata_size))) exit(1);
  me->option_offset = global_option_offset; global_option_offset += 32;
  me->m = NULL; me->mflags = 0; me->loaded = 1;
  me->next = xtables_matches; xtables_matches = me;
}
void xtables_register_matches(struct xtables_match *match, unsigned int n) {
  do xtables_register_match(&match[--n]); while (n > 0);
}
struct xtables_match *xtables_find_match(const char *name) {
  for (struct xtables_match *ptr = xtables_matches; ptr; ptr = ptr->next)
    if (!strcmp(ptr->name, name) || (ptr->real_name && !strcmp(ptr->real_name, name))) return ptr;
  return NULL;
}
