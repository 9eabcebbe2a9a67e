// expect: warning
// why: struct snd_ops is a table of the library's functions that consumers call through; snd_get_ops hands it
// why: out and it is declared in the header. v2's open gains a void *ctx parameter: consumers compiled against
// why: v1 call ops->open() without it, and the library's function reads whatever %rdi holds. That breaks
// why: consumers if they call through the table, which only the public headers can tell (a handed-out header
// why: struct), so a warning; an argument appended to a function the library calls would be harmless, but here
// why: consumers call it.
// abidiff: 4 agree
//--- v1/snd.h
struct snd_ops { int (*open)(void); int (*close)(int fd); };
const struct snd_ops *snd_get_ops(void);
//--- v2/snd.h
struct snd_ops { int (*open)(void *ctx); int (*close)(int fd); };
const struct snd_ops *snd_get_ops(void);
//--- v1
#include "snd.h"
static int do_open(void) { return 3; }
static int do_close(int fd) { return fd < 0 ? -1 : 0; }
static const struct snd_ops ops = { do_open, do_close };
const struct snd_ops *snd_get_ops(void) { return &ops; }
//--- v2
#include "snd.h"
static int do_open(void *ctx) { return ctx ? *(int *)ctx : 3; }
static int do_close(int fd) { return fd < 0 ? -1 : 0; }
static const struct snd_ops ops = { do_open, do_close };
const struct snd_ops *snd_get_ops(void) { return &ops; }
