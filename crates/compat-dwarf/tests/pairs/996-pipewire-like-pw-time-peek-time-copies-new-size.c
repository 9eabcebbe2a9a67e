// expect: breaking
// why: The other side of 440: v2's pw_stream_get_time hands the caller's pointer to pw_stream_get_time_n with the
// why: old size, 40, but pw_stream_peek_time, which old callers also call with their own struct pw_time, still
// why: copies the whole struct (*time = stream->time), now 56 bytes: 16 bytes past the end of an old caller's
// why: 40-byte struct. Every function old callers hand the struct to must keep to the old size.
// abidiff: 4 agree
//--- v1/stream.h
#include <stddef.h>
#include <stdint.h>
struct spa_fraction { uint32_t num; uint32_t denom; };
struct pw_stream;
struct pw_time {
  int64_t now;
  struct spa_fraction rate;
  uint64_t ticks;
  int64_t delay;
  uint64_t queued;
};
struct pw_stream *pw_stream_new(const char *name, uint32_t rate);
int pw_stream_get_time(struct pw_stream *stream, struct pw_time *time);
int pw_stream_peek_time(struct pw_stream *stream, struct pw_time *time);
int pw_stream_queue_buffer(struct pw_stream *stream, uint32_t frames);
void pw_stream_destroy(struct pw_stream *stream);
//--- v2/stream.h
#include <stddef.h>
#include <stdint.h>
struct spa_fraction { uint32_t num; uint32_t denom; };
struct pw_stream;
struct pw_time {
  int64_t now;
  struct spa_fraction rate;
  uint64_t ticks;
  int64_t delay;
  uint64_t queued;
  uint64_t buffered;
  uint32_t queued_buffers;
  uint32_t avail_buffers;
};
struct pw_stream *pw_stream_new(const char *name, uint32_t rate);
int pw_stream_get_time(struct pw_stream *stream, struct pw_time *time) __attribute__((deprecated));
int pw_stream_get_time_n(struct pw_stream *stream, struct pw_time *time, size_t size);
int pw_stream_peek_time(struct pw_stream *stream, struct pw_time *time);
int pw_stream_queue_buffer(struct pw_stream *stream, uint32_t frames);
void pw_stream_destroy(struct pw_stream *stream);
//--- v1
#include <stdlib.h>
#include "stream.h"
struct pw_stream { const char *name; struct pw_time time; uint32_t nbuffers; };
struct pw_stream *pw_stream_new(const char *name, uint32_t rate) {
  struct pw_stream *s = calloc(1, sizeof *s);
  if (s) { s->name = name; s->time.rate.num = 1; s->time.rate.denom = rate; }
  return s;
}
int pw_stream_get_time(struct pw_stream *stream, struct pw_time *time) {
  if (!stream || !time) return -22;
  *time = stream->time;
  time->now = (int64_t)stream->time.ticks * 1000000000 / (stream->time.rate.denom ? stream->time.rate.denom : 1);
  return 0;
}
int pw_stream_peek_time(struct pw_stream *stream, struct pw_time *time) { if (!stream || !time) return -22; *time = stream->time; return 0; }
int pw_stream_queue_buffer(struct pw_stream *stream, uint32_t frames) { stream->time.queued += frames; stream->time.ticks += frames; stream->nbuffers++; return 0; }
void pw_stream_destroy(struct pw_stream *stream) { free(stream); }
//--- v2
#include <stdlib.h>
#include <string.h>
#include "stream.h"
struct pw_stream { const char *name; struct pw_time time; uint32_t nbuffers; };
struct pw_stream *pw_stream_new(const char *name, uint32_t rate) {
  struct pw_stream *s = calloc(1, sizeof *s);
  if (s) { s->name = name; s->time.rate.num = 1; s->time.rate.denom = rate; s->time.avail_buffers = 8; }
  return s;
}
int pw_stream_get_time_n(struct pw_stream *stream, struct pw_time *time, size_t size) {
  struct pw_time t;
  if (!stream || !time) return -22;
  t = stream->time;
  t.now = (int64_t)stream->time.ticks * 1000000000 / (stream->time.rate.denom ? stream->time.rate.denom : 1);
  t.queued_buffers = stream->nbuffers;
  memcpy(time, &t, size < sizeof t ? size : sizeof t);
  return 0;
}
int pw_stream_get_time(struct pw_stream *stream, struct pw_time *time) { return pw_stream_get_time_n(stream, time, offsetof(struct pw_time, buffered)); }
int pw_stream_peek_time(struct pw_stream *stream, struct pw_time *time) { if (!stream || !time) return -22; *time = stream->time; return 0; }
int pw_stream_queue_buffer(struct pw_stream *stream, uint32_t frames) { stream->time.queued += frames; stream->time.ticks += frames; stream->time.buffered = frames; stream->nbuffers++; return 0; }
void pw_stream_destroy(struct pw_stream *stream) { free(stream); }
