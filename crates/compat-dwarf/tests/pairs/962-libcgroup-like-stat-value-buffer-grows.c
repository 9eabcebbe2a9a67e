// expect: breaking
// why: struct cgroup_stat is allocated by callers and filled by cgroup_read_stats_begin and cgroup_read_stats_next
// why: (the handle is the library's, through void **). v2 raises CG_VALUE_MAX from 100 to 4096 so long values
// why: (memory.stat lines) are not truncated: value[] grows and the struct with it, from 4196 to 8192 bytes, so the
// why: library writes past the end of an old caller's object.
// abidiff: 4 agree
//--- v1/libcgroup.h
#include <stdio.h>
#define CG_VALUE_MAX 100
struct cgroup_stat {
    char name[FILENAME_MAX];
    char value[CG_VALUE_MAX];
};
int cgroup_read_stats_begin(const char *controller, const char *path, void **handle, struct cgroup_stat *stat);
int cgroup_read_stats_next(void **handle, struct cgroup_stat *stat);
int cgroup_read_stats_end(void **handle);
//--- v2/libcgroup.h
#include <stdio.h>
#define CG_VALUE_MAX 4096
struct cgroup_stat {
    char name[FILENAME_MAX];
    char value[CG_VALUE_MAX];
};
int cgroup_read_stats_begin(const char *controller, const char *path, void **handle, struct cgroup_stat *stat);
int cgroup_read_stats_next(void **handle, struct cgroup_stat *stat);
int cgroup_read_stats_end(void **handle);
//--- lib.c
#include <stdlib.h>
#include <string.h>
#include "libcgroup.h"
struct stat_iter { int line; char controller[32]; };
int cgroup_read_stats_next(void **handle, struct cgroup_stat *stat) {
    struct stat_iter *it = *handle;
    if (!it || it->line >= 3) return 50016;
    snprintf(stat->name, sizeof stat->name, "%s.stat%d", it->controller, it->line);
    snprintf(stat->value, sizeof stat->value, "%d", it->line * 4096);
    it->line++;
    return 0;
}
int cgroup_read_stats_begin(const char *controller, const char *path, void **handle, struct cgroup_stat *stat) {
    struct stat_iter *it; (void)path;
    if (!controller || !handle || !stat) return 50011;
    it = calloc(1, sizeof *it); if (!it) return 50012;
    strncpy(it->controller, controller, sizeof it->controller - 1);
    *handle = it;
    return cgroup_read_stats_next(handle, stat);
}
int cgroup_read_stats_end(void **handle) { free(*handle); *handle = NULL; return 0; }
