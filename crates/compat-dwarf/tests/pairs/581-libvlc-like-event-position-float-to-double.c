// expect: warning
// why: libvlc_event_t is declared with its members in the header and only handed out: the library passes a
// why: pointer to its own event to the callback consumers attach. v2 makes the position variant's new_position a
// why: double instead of a float (as libvlc 4 did): the union keeps its 8 bytes and the struct its size, but a
// why: callback compiled against v1 reads 4 bytes of a double. Breaking if consumers read it, which only the
// why: public headers can tell: undecided (as in 60).
// abidiff: 4 agree
//--- v1/libvlc_events.h
typedef struct libvlc_event_t { int type; void *p_obj; union { struct { int new_state; } media_state_changed; struct { float new_position; } media_player_position_changed; struct { long long new_time; } media_player_time_changed; } u; } libvlc_event_t;
typedef void (*libvlc_callback_t)(const struct libvlc_event_t *p_event, void *p_data);
int libvlc_event_attach(int i_event_type, libvlc_callback_t f_callback, void *user_data);
void libvlc_media_player_set_position(float pos);
//--- v2/libvlc_events.h
typedef struct libvlc_event_t { int type; void *p_obj; union { struct { int new_state; } media_state_changed; struct { double new_position; } media_player_position_changed; struct { long long new_time; } media_player_time_changed; } u; } libvlc_event_t;
typedef void (*libvlc_callback_t)(const struct libvlc_event_t *p_event, void *p_data);
int libvlc_event_attach(int i_event_type, libvlc_callback_t f_callback, void *user_data);
void libvlc_media_player_set_position(float pos);
//--- v1
#include "libvlc_events.h"
static libvlc_callback_t cb; static void *cb_data;
int libvlc_event_attach(int i_event_type, libvlc_callback_t f_callback, void *user_data) { (void)i_event_type; cb = f_callback; cb_data = user_data; return 0; }
void libvlc_media_player_set_position(float pos) { libvlc_event_t e = { 0 }; e.type = 268; e.u.media_player_position_changed.new_position = pos; if (cb) cb(&e, cb_data); }
//--- v2
#include "libvlc_events.h"
static libvlc_callback_t cb; static void *cb_data;
int libvlc_event_attach(int i_event_type, libvlc_callback_t f_callback, void *user_data) { (void)i_event_type; cb = f_callback; cb_data = user_data; return 0; }
void libvlc_media_player_set_position(float pos) { libvlc_event_t e = { 0 }; e.type = 268; e.u.media_player_position_changed.new_position = pos; if (cb) cb(&e, cb_data); }
