// expect: breaking
// why: dvbpsi_t is declared with its members in dvbpsi.h and only dvbpsi_new hands it out, which alone would leave
// why: its visibility undecided; but the public header settles it: p_sys is documented as the consumer's own
// why: member and the header's macro dvbpsi_user_data(h) expands to (h)->p_sys, so consumers compile its offset
// why: in. v2 inserts the library's void *p_priv before p_sys, moving p_sys from byte 24 to 32: old consumers
// why: store their pointer into the library's p_priv and read it back from there.
// abidiff: 4 agree
// known-miss: warning: compat calls dvbpsi_t undecided (declared in a header, reached only through dvbpsi_new's pointers), but the public header decides it: p_sys is documented as the consumer's member and the macro dvbpsi_user_data(h) compiles its offset into consumers; a macro leaves no trace in DWARF built with -g, so only --public-headers could tell.
//--- v1/dvbpsi.h
#include <stdbool.h>
#include <stdint.h>
typedef struct dvbpsi_s dvbpsi_t;
typedef void (*dvbpsi_message_cb)(dvbpsi_t *handle, const int level, const char *msg);
struct dvbpsi_decoder_s;
struct dvbpsi_s {
    struct dvbpsi_decoder_s *p_decoder; /* private: the attached decoder */
    dvbpsi_message_cb pf_message;       /* log callback */
    int i_msg_level;                    /* log level */
    void *p_sys;                        /* free for the application: set and read it directly */
};
#define dvbpsi_user_data(h) ((h)->p_sys)
dvbpsi_t *dvbpsi_new(dvbpsi_message_cb callback, int level);
bool dvbpsi_packet_push(dvbpsi_t *handle, const uint8_t *p_data);
void dvbpsi_delete(dvbpsi_t *handle);
//--- v2/dvbpsi.h
#include <stdbool.h>
#include <stdint.h>
typedef struct dvbpsi_s dvbpsi_t;
typedef void (*dvbpsi_message_cb)(dvbpsi_t *handle, const int level, const char *msg);
struct dvbpsi_decoder_s;
struct dvbpsi_s {
    struct dvbpsi_decoder_s *p_decoder; /* private: the attached decoder */
    dvbpsi_message_cb pf_message;       /* log callback */
    int i_msg_level;                    /* log level */
    void *p_priv;                       /* private: demux state */
    void *p_sys;                        /* free for the application: set and read it directly */
};
#define dvbpsi_user_data(h) ((h)->p_sys)
dvbpsi_t *dvbpsi_new(dvbpsi_message_cb callback, int level);
bool dvbpsi_packet_push(dvbpsi_t *handle, const uint8_t *p_data);
void dvbpsi_delete(dvbpsi_t *handle);
//--- v1
#include <stdlib.h>
#include "dvbpsi.h"
struct dvbpsi_decoder_s { uint16_t pid; uint8_t continuity; unsigned packets; };
dvbpsi_t *dvbpsi_new(dvbpsi_message_cb callback, int level) {
    dvbpsi_t *h = calloc(1, sizeof *h); if (!h) return NULL;
    h->pf_message = callback; h->i_msg_level = level; h->p_decoder = calloc(1, sizeof *h->p_decoder); return h;
}
bool dvbpsi_packet_push(dvbpsi_t *handle, const uint8_t *p_data) {
    if (!handle || !handle->p_decoder || p_data[0] != 0x47) { if (handle && handle->pf_message && handle->i_msg_level > 0) handle->pf_message(handle, 1, "not a TS packet"); return false; }
    handle->p_decoder->pid = (uint16_t)(((p_data[1] & 0x1f) << 8) | p_data[2]);
    handle->p_decoder->continuity = p_data[3] & 0x0f; handle->p_decoder->packets++; return true;
}
void dvbpsi_delete(dvbpsi_t *handle) { if (handle) { free(handle->p_decoder); free(handle); } }
//--- v2
#include <stdlib.h>
#include "dvbpsi.h"
struct dvbpsi_decoder_s { uint16_t pid; uint8_t continuity; unsigned packets; };
struct demux_state { unsigned discontinuities; };
dvbpsi_t *dvbpsi_new(dvbpsi_message_cb callback, int level) {
    dvbpsi_t *h = calloc(1, sizeof *h); if (!h) return NULL;
    h->pf_message = callback; h->i_msg_level = level; h->p_decoder = calloc(1, sizeof *h->p_decoder); h->p_priv = calloc(1, sizeof(struct demux_state)); return h;
}
bool dvbpsi_packet_push(dvbpsi_t *handle, const uint8_t *p_data) {
    if (!handle || !handle->p_decoder || p_data[0] != 0x47) { if (handle && handle->pf_message && handle->i_msg_level > 0) handle->pf_message(handle, 1, "not a TS packet"); return false; }
    handle->p_decoder->pid = (uint16_t)(((p_data[1] & 0x1f) << 8) | p_data[2]);
    if (handle->p_decoder->packets && ((handle->p_decoder->continuity + 1) & 0x0f) != (p_data[3] & 0x0f)) ((struct demux_state *)handle->p_priv)->discontinuities++;
    handle->p_decoder->continuity = p_data[3] & 0x0f; handle->p_decoder->packets++; return true;
}
void dvbpsi_delete(dvbpsi_t *handle) { if (handle) { free(handle->p_decoder); free(handle->p_priv); free(handle); } }
