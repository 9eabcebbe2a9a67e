// expect: info
// why: jack_position_t is allocated by the caller (jack_position_t pos; jack_transport_query(client, &pos)) and
// why: filled by timebase masters in their JackTimebaseCallback; it is packed and ends with int32_t padding[7] "for
// why: binary compatibility, new fields should be allocated from this padding area with new valid bits". JACK adds
// why: double tick_double, valid only when the new JackTickDouble bit is set, from the first two padding words: it
// why: sits at byte 92 where padding began, padding shrinks to [5] at 100-119, unique_2 stays at 120 and the struct
// why: at 128 bytes. Old clients neither set nor read the bit: reserved space used in place (as in 32), and an
// why: appended flag enumerator (as in 221).
// abidiff: 4 disagree: abidiff reports tick_double inserted and padding shrunk and moved; the new member takes the first 8 reserved bytes in place and the struct keeps its 128 bytes and every used offset (as in 32).
//--- v1/types.h
#include <stdint.h>
typedef uint32_t jack_nframes_t;
typedef uint64_t jack_time_t;
typedef uint64_t jack_unique_t;
typedef struct _jack_client jack_client_t;
typedef enum { JackTransportStopped = 0, JackTransportRolling = 1, JackTransportLooping = 2, JackTransportStarting = 3 } jack_transport_state_t;
typedef enum {
  JackPositionBBT = 0x10, JackPositionTimecode = 0x20, JackBBTFrameOffset = 0x40, JackAudioVideoRatio = 0x80, JackVideoFrameOffset = 0x100
} jack_position_bits_t;
typedef struct _jack_position {
  jack_unique_t unique_1;
  jack_time_t usecs;
  jack_nframes_t frame_rate;
  jack_nframes_t frame;
  jack_position_bits_t valid;
  int32_t bar;
  int32_t beat;
  int32_t tick;
  double bar_start_tick;
  float beats_per_bar;
  float beat_type;
  double ticks_per_beat;
  double beats_per_minute;
  jack_nframes_t frame_time;
  jack_nframes_t next_time;
  jack_nframes_t bbt_offset;
  float audio_frames_per_video_frame;
  jack_nframes_t video_offset;
  int32_t padding[7];
  jack_unique_t unique_2;
} __attribute__((__packed__)) jack_position_t;
typedef void (*JackTimebaseCallback)(jack_transport_state_t state, jack_nframes_t nframes, jack_position_t *pos, int new_pos, void *arg);
jack_client_t *jack_client_open(const char *client_name);
int jack_set_timebase_callback(jack_client_t *client, int conditional, JackTimebaseCallback timebase_callback, void *arg);
jack_transport_state_t jack_transport_query(const jack_client_t *client, jack_position_t *pos);
int jack_transport_reposition(jack_client_t *client, const jack_position_t *pos);
int jack_client_close(jack_client_t *client);
//--- v2/types.h
#include <stdint.h>
typedef uint32_t jack_nframes_t;
typedef uint64_t jack_time_t;
typedef uint64_t jack_unique_t;
typedef struct _jack_client jack_client_t;
typedef enum { JackTransportStopped = 0, JackTransportRolling = 1, JackTransportLooping = 2, JackTransportStarting = 3 } jack_transport_state_t;
typedef enum {
  JackPositionBBT = 0x10, JackPositionTimecode = 0x20, JackBBTFrameOffset = 0x40, JackAudioVideoRatio = 0x80, JackVideoFrameOffset = 0x100,
  JackTickDouble = 0x200
} jack_position_bits_t;
typedef struct _jack_position {
  jack_unique_t unique_1;
  jack_time_t usecs;
  jack_nframes_t frame_rate;
  jack_nframes_t frame;
  jack_position_bits_t valid;
  int32_t bar;
  int32_t beat;
  int32_t tick;
  double bar_start_tick;
  float beats_per_bar;
  float beat_type;
  double ticks_per_beat;
  double beats_per_minute;
  jack_nframes_t frame_time;
  jack_nframes_t next_time;
  jack_nframes_t bbt_offset;
  float audio_frames_per_video_frame;
  jack_nframes_t video_offset;
  double tick_double;
  int32_t padding[5];
  jack_unique_t unique_2;
} __attribute__((__packed__)) jack_position_t;
typedef void (*JackTimebaseCallback)(jack_transport_state_t state, jack_nframes_t nframes, jack_position_t *pos, int new_pos, void *arg);
jack_client_t *jack_client_open(const char *client_name);
int jack_set_timebase_callback(jack_client_t *client, int conditional, JackTimebaseCallback timebase_callback, void *arg);
jack_transport_state_t jack_transport_query(const jack_client_t *client, jack_position_t *pos);
int jack_transport_reposition(jack_client_t *client, const jack_position_t *pos);
int jack_client_close(jack_client_t *client);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "types.h"
struct _jack_client { const char *name; jack_position_t pos; jack_transport_state_t state; JackTimebaseCallback timebase; void *timebase_arg; };
jack_client_t *jack_client_open(const char *client_name) {
  jack_client_t *c = calloc(1, sizeof *c);
  if (c) { c->name = client_name; c->pos.frame_rate = 48000; }
  return c;
}
int jack_set_timebase_callback(jack_client_t *client, int conditional, JackTimebaseCallback timebase_callback, void *arg) {
  if (conditional && client->timebase) return -16;
  client->timebase = timebase_callback; client->timebase_arg = arg;
  return 0;
}
jack_transport_state_t jack_transport_query(const jack_client_t *client, jack_position_t *pos) {
  if (pos) { memcpy(pos, &client->pos, sizeof *pos); pos->unique_1 = pos->unique_2 = pos->usecs + 1; }
  return client->state;
}
int jack_transport_reposition(jack_client_t *client, const jack_position_t *pos) {
  if (pos->valid & ~(JackPositionBBT | JackPositionTimecode | JackBBTFrameOffset | JackAudioVideoRatio | JackVideoFrameOffset)) return -22;
  client->pos = *pos;
  if (client->timebase) client->timebase(client->state, 256, &client->pos, 1, client->timebase_arg);
  return 0;
}
int jack_client_close(jack_client_t *client) { free(client); return 0; }
//--- v2
#include <stdlib.h>
#include <string.h>
#include "types.h"
struct _jack_client { const char *name; jack_position_t pos; jack_transport_state_t state; JackTimebaseCallback timebase; void *timebase_arg; };
jack_client_t *jack_client_open(const char *client_name) {
  jack_client_t *c = calloc(1, sizeof *c);
  if (c) { c->name = client_name; c->pos.frame_rate = 48000; }
  return c;
}
int jack_set_timebase_callback(jack_client_t *client, int conditional, JackTimebaseCallback timebase_callback, void *arg) {
  if (conditional && client->timebase) return -16;
  client->timebase = timebase_callback; client->timebase_arg = arg;
  return 0;
}
jack_transport_state_t jack_transport_query(const jack_client_t *client, jack_position_t *pos) {
  if (pos) { memcpy(pos, &client->pos, sizeof *pos); pos->unique_1 = pos->unique_2 = pos->usecs + 1; }
  return client->state;
}
int jack_transport_reposition(jack_client_t *client, const jack_position_t *pos) {
  if (pos->valid & ~(JackPositionBBT | JackPositionTimecode | JackBBTFrameOffset | JackAudioVideoRatio | JackVideoFrameOffset | JackTickDouble)) return -22;
  client->pos = *pos;
  if (!(pos->valid & JackTickDouble)) { client->pos.tick_double = pos->tick; client->pos.valid |= JackTickDouble; }
  if (client->timebase) client->timebase(client->state, 256, &client->pos, 1, client->timebase_arg);
  return 0;
}
int jack_client_close(jack_client_t *client) { free(client); return 0; }
