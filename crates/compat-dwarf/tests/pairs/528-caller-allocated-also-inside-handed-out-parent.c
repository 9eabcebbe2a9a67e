// expect: breaking
// why: struct mpd_range is caller-allocated: mpd_send_range(conn, &range) takes a pointer to it, and no export hands
// why: a struct mpd_range * out. It is also embedded in struct mpd_status, which the library hands out; that makes
// why: consumers read it there too, but it does not make the library its only allocator. v2 inserts unsigned
// why: priority before end: end moves from 4 to 8 and the struct grows from 8 to 12 bytes, so mpd_send_range reads
// why: past an old caller's range.
// abidiff: 4 agree
//--- v1/mpd.h
struct mpd_range { unsigned start; unsigned end; };
struct mpd_status { int volume; struct mpd_range queue; unsigned song_id; };
struct mpd_connection;
struct mpd_status *mpd_run_status(struct mpd_connection *c);
int mpd_send_range(struct mpd_connection *c, const struct mpd_range *range);
//--- v2/mpd.h
struct mpd_range { unsigned start; unsigned priority; unsigned end; };
struct mpd_status { int volume; struct mpd_range queue; unsigned song_id; };
struct mpd_connection;
struct mpd_status *mpd_run_status(struct mpd_connection *c);
int mpd_send_range(struct mpd_connection *c, const struct mpd_range *range);
//--- v1
#include <stdlib.h>
#include "mpd.h"
struct mpd_connection { int fd; struct mpd_status st; };
struct mpd_status *mpd_run_status(struct mpd_connection *c) { struct mpd_status *s = malloc(sizeof *s); if (s) *s = c->st; return s; }
int mpd_send_range(struct mpd_connection *c, const struct mpd_range *range) { if (range->end < range->start) return -1; c->st.queue = *range; return 0; }
//--- v2
#include <stdlib.h>
#include "mpd.h"
struct mpd_connection { int fd; struct mpd_status st; };
struct mpd_status *mpd_run_status(struct mpd_connection *c) { struct mpd_status *s = malloc(sizeof *s); if (s) *s = c->st; return s; }
int mpd_send_range(struct mpd_connection *c, const struct mpd_range *range) { if (range->end < range->start) return -1; c->st.queue = *range; return 0; }
