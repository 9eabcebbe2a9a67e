// expect: breaking
// why: struct widget_class is a GObject-style class table that callers fill and register (widget_class_register
// why: copies it); v2 adds the activate vfunc but forgets to shrink padding[8], so the struct grows from 80 to
// why: 88 bytes: the library's copy of sizeof(struct widget_class) reads 8 bytes past every old caller's table.
// abidiff: 4 agree
//--- v1/widget.h
struct widget_class { void (*draw)(void *self); void (*resize)(void *self, int w, int h); void *padding[8]; };
int widget_class_register(const char *name, const struct widget_class *klass);
//--- v2/widget.h
struct widget_class { void (*draw)(void *self); void (*resize)(void *self, int w, int h);
                      void (*activate)(void *self); void *padding[8]; };
int widget_class_register(const char *name, const struct widget_class *klass);
//--- lib.c
#include <string.h>
#include "widget.h"
static struct widget_class classes[16];
static int n_classes;
int widget_class_register(const char *name, const struct widget_class *klass)
{
    if (!name || n_classes == 16) return -1;
    memcpy(&classes[n_classes], klass, sizeof *klass);
    return n_classes++;
}
