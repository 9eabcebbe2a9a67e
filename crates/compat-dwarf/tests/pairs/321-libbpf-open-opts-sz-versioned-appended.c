// expect: info
// why: struct bpf_object_open_opts is caller-allocated but versioned by its first member, size_t sz, which
// why: callers set to sizeof the struct they were built with (LIBBPF_OPTS). v2 appends kernel_log_level and
// why: reads it only when the caller's sz covers it, so old callers' 24-byte objects are never read past their
// why: end; the growth at the end is the convention's purpose (as in 192, with libbpf's name for the size).
// abidiff: 4 disagree: abidiff reports bpf_object_open_opts grew; the library reads the new member only when the caller's sz covers it.
//--- v1/libbpf.h
#include <stddef.h>
struct bpf_object;
struct bpf_object_open_opts { size_t sz; const char *object_name; int relaxed_maps; };
struct bpf_object *bpf_object__open_file(const char *path, const struct bpf_object_open_opts *opts);
//--- v2/libbpf.h
#include <stddef.h>
struct bpf_object;
struct bpf_object_open_opts { size_t sz; const char *object_name; int relaxed_maps; unsigned int kernel_log_level; };
struct bpf_object *bpf_object__open_file(const char *path, const struct bpf_object_open_opts *opts);
//--- v1
#include <stdlib.h>
#include "libbpf.h"
struct bpf_object { const char *name; int relaxed; };
struct bpf_object *bpf_object__open_file(const char *path, const struct bpf_object_open_opts *opts) {
  if (!path || (opts && opts->sz < offsetof(struct bpf_object_open_opts, relaxed_maps) + sizeof(int))) return NULL;
  struct bpf_object *o = calloc(1, sizeof *o);
  if (o) { o->name = opts && opts->object_name ? opts->object_name : path; o->relaxed = opts ? opts->relaxed_maps : 0; }
  return o;
}
//--- v2
#include <stdlib.h>
#include "libbpf.h"
struct bpf_object { const char *name; int relaxed; unsigned int log_level; };
#define OPTS_HAS(opts, field) ((opts) && (opts)->sz >= offsetof(struct bpf_object_open_opts, field) + sizeof((opts)->field))
struct bpf_object *bpf_object__open_file(const char *path, const struct bpf_object_open_opts *opts) {
  if (!path || (opts && opts->sz < offsetof(struct bpf_object_open_opts, relaxed_maps) + sizeof(int))) return NULL;
  struct bpf_object *o = calloc(1, sizeof *o);
  if (o) {
    o->name = opts && opts->object_name ? opts->object_name : path; o->relaxed = opts ? opts->relaxed_maps : 0;
    o->log_level = OPTS_HAS(opts, kernel_log_level) ? opts->kernel_log_level : 0;
  }
  return o;
}
