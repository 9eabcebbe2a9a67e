// expect: breaking
// why: The library also returns its default table (io_default), but callers still fill their own and
// why: register it (io_register): a callback table is public whatever else hands one out.
// abidiff: 4 agree
//--- v1/io.h
struct io_ops { int (*read)(void *, char *, int); int (*close)(void *); };
const struct io_ops *io_default(void);
int io_register(const struct io_ops *ops);
//--- v2/io.h
struct io_ops { int (*read)(void *, char *, int); long (*seek)(void *, long); int (*close)(void *); };
const struct io_ops *io_default(void);
int io_register(const struct io_ops *ops);
//--- v1
#include "io.h"
static const struct io_ops def;
static const struct io_ops *cur;
const struct io_ops *io_default(void) { return &def; }
int io_register(const struct io_ops *ops) { cur = ops; return cur->close != 0; }
//--- v2
#include "io.h"
static const struct io_ops def;
static const struct io_ops *cur;
const struct io_ops *io_default(void) { return &def; }
int io_register(const struct io_ops *ops) { cur = ops; return cur->close != 0; }
