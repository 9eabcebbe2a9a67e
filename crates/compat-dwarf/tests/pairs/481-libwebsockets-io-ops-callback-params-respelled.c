// expect: none
// why: struct lws_io_ops is a table of callbacks the caller fills and registers with lws_io_register. v2 spells
// why: the callbacks' parameters with the typedefs the header now uses (lws_ctx_t for struct lws_ctx *, uint8_t for
// why: unsigned char, size_t for unsigned long, lws_write_fn for the write slot's function type): every slot has
// why: the same function signature as before, at depth two (a pointer to a function taking pointers).
// abidiff: 0 agree
//--- v1/lwsio.h
struct lws_ctx;
struct lws_io_ops {
  int (*open)(struct lws_ctx *ctx, const char *path, int flags);
  long (*read)(struct lws_ctx *ctx, unsigned char *buf, unsigned long len);
  long (*write)(struct lws_ctx *ctx, const unsigned char *buf, unsigned long len);
  void (*close)(struct lws_ctx *ctx);
};
int lws_io_register(const struct lws_io_ops *ops);
int lws_io_copy(struct lws_ctx *src, struct lws_ctx *dst);
//--- v2/lwsio.h
#include <stddef.h>
#include <stdint.h>
typedef struct lws_ctx *lws_ctx_t;
typedef long lws_write_fn(lws_ctx_t ctx, const uint8_t *buf, size_t len);
struct lws_io_ops {
  int (*open)(lws_ctx_t ctx, const char *path, int flags);
  long (*read)(lws_ctx_t ctx, uint8_t *buf, size_t len);
  lws_write_fn *write;
  void (*close)(lws_ctx_t ctx);
};
int lws_io_register(const struct lws_io_ops *ops);
int lws_io_copy(lws_ctx_t src, lws_ctx_t dst);
//--- v1
#include "lwsio.h"
static struct lws_io_ops current;
int lws_io_register(const struct lws_io_ops *ops) { if (!ops->read || !ops->write) return -1; current = *ops; return 0; }
int lws_io_copy(struct lws_ctx *src, struct lws_ctx *dst) {
  unsigned char buf[512];
  long n, total = 0;
  while ((n = current.read(src, buf, sizeof buf)) > 0) { if (current.write(dst, buf, (unsigned long)n) != n) return -1; total += n; }
  return (int)total;
}
//--- v2
#include "lwsio.h"
static struct lws_io_ops current;
int lws_io_register(const struct lws_io_ops *ops) { if (!ops->read || !ops->write) return -1; current = *ops; return 0; }
int lws_io_copy(lws_ctx_t src, lws_ctx_t dst) {
  uint8_t buf[512];
  long n, total = 0;
  while ((n = current.read(src, buf, sizeof buf)) > 0) { if (current.write(dst, buf, (size_t)n) != n) return -1; total += n; }
  return (int)total;
}
