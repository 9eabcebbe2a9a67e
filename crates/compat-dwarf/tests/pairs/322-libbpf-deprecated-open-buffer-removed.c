// expect: breaking
// why: libbpf 1.0 removed the deprecated bpf_object__open_buffer (replaced by bpf_object__open_mem): binaries
// why: built against v1 that call it fail to load with an undefined symbol.
// abidiff: 12 agree
//--- v1/libbpf.h
#include <stddef.h>
struct bpf_object;
struct bpf_object *bpf_object__open_buffer(const void *obj_buf, size_t obj_buf_sz, const char *name);
struct bpf_object *bpf_object__open_mem(const void *obj_buf, size_t obj_buf_sz, const void *opts);
void bpf_object__close(struct bpf_object *obj);
//--- v2/libbpf.h
#include <stddef.h>
struct bpf_object;
struct bpf_object *bpf_object__open_mem(const void *obj_buf, size_t obj_buf_sz, const void *opts);
void bpf_object__close(struct bpf_object *obj);
//--- v1
#include <stdlib.h>
#include "libbpf.h"
struct bpf_object { const void *buf; size_t size; const char *name; };
struct bpf_object *bpf_object__open_mem(const void *obj_buf, size_t obj_buf_sz, const void *opts) {
  (void)opts; if (!obj_buf || !obj_buf_sz) return NULL;
  struct bpf_object *o = calloc(1, sizeof *o); if (o) { o->buf = obj_buf; o->size = obj_buf_sz; } return o;
}
struct bpf_object *bpf_object__open_buffer(const void *obj_buf, size_t obj_buf_sz, const char *name) {
  struct bpf_object *o = bpf_object__open_mem(obj_buf, obj_buf_sz, NULL); if (o) o->name = name; return o;
}
void bpf_object__close(struct bpf_object *obj) { free(obj); }
//--- v2
#include <stdlib.h>
#include "libbpf.h"
struct bpf_object { const void *buf; size_t size; const char *name; };
struct bpf_object *bpf_object__open_mem(const void *obj_buf, size_t obj_buf_sz, const void *opts) {
  (void)opts; if (!obj_buf || !obj_buf_sz) return NULL;
  struct bpf_object *o = calloc(1, sizeof *o); if (o) { o->buf = obj_buf; o->size = obj_buf_sz; } return o;
}
void bpf_object__close(struct bpf_object *obj) { free(obj); }
