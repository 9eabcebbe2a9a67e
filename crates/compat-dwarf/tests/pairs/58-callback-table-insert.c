// expect: breaking
// why: struct io_ops is a table of callbacks the caller fills and registers (io_register takes a
// why: pointer); inserting seek before close makes the library call old callers' close slot as seek.
// abidiff: 4 agree
//--- v1/io.h
struct io_ops { int (*read)(void *, char *, int); int (*close)(void *); };
int io_register(const struct io_ops *ops);
//--- v2/io.h
struct io_ops { int (*read)(void *, char *, int); long (*seek)(void *, long); int (*close)(void *); };
int io_register(const struct io_ops *ops);
//--- v1
#include "io.h"
static const struct io_ops *cur;
int io_register(const struct io_ops *ops) { cur = ops; return cur->close != 0; }
//--- v2
#include "io.h"
static const struct io_ops *cur;
int io_register(const struct io_ops *ops) { cur = ops; return cur->close != 0; }
