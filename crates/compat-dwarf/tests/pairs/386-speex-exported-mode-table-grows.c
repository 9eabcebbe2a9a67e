// expect: breaking
// why: speex exports its codec descriptions as variables (extern const SpeexMode speex_nb_mode, speex_wb_mode) whose
// why: address consumers pass to speex_encoder_init(&speex_nb_mode). v2 appends the enc_ctl and dec_ctl entry points
// why: to SpeexMode, growing both objects from 80 to 96 bytes. An executable that references speex_nb_mode gets a
// why: copy relocation sized by v1 (80 bytes), and the library's own accesses bind to that copy: speex_encoder_ctl
// why: reads enc_ctl at byte 80, past the end of the copied object, and calls whatever lies there (as in 65: an
// why: exported variable's type grew).
// abidiff: 4 agree
//--- v1/speex.h
typedef struct SpeexBits { char *chars; int nbBits; int charPtr; int bitPtr; int owner; int overflow; int buf_size; int reserved1; void *reserved2; } SpeexBits;
struct SpeexMode;
typedef void *(*encoder_init_func)(const struct SpeexMode *mode);
typedef void (*encoder_destroy_func)(void *st);
typedef int (*encode_func)(void *state, void *in, SpeexBits *bits);
typedef int (*mode_query_func)(const void *mode, int request, void *ptr);
typedef struct SpeexMode {
  const void *mode;
  mode_query_func query;
  const char *modeName;
  int modeID;
  int bitstream_version;
  encoder_init_func enc_init;
  encoder_destroy_func enc_destroy;
  encode_func enc;
  encoder_init_func dec_init;
  encoder_destroy_func dec_destroy;
  encode_func dec;
} SpeexMode;
extern const SpeexMode speex_nb_mode;
extern const SpeexMode speex_wb_mode;
void *speex_encoder_init(const SpeexMode *mode);
int speex_encoder_ctl(void *state, int request, void *ptr);
void speex_encoder_destroy(void *state);
//--- v2/speex.h
typedef struct SpeexBits { char *chars; int nbBits; int charPtr; int bitPtr; int owner; int overflow; int buf_size; int reserved1; void *reserved2; } SpeexBits;
struct SpeexMode;
typedef void *(*encoder_init_func)(const struct SpeexMode *mode);
typedef void (*encoder_destroy_func)(void *st);
typedef int (*encode_func)(void *state, void *in, SpeexBits *bits);
typedef int (*mode_query_func)(const void *mode, int request, void *ptr);
typedef int (*encoder_ctl_func)(void *state, int request, void *ptr);
typedef struct SpeexMode {
  const void *mode;
  mode_query_func query;
  const char *modeName;
  int modeID;
  int bitstream_version;
  encoder_init_func enc_init;
  encoder_destroy_func enc_destroy;
  encode_func enc;
  encoder_init_func dec_init;
  encoder_destroy_func dec_destroy;
  encode_func dec;
  encoder_ctl_func enc_ctl;
  encoder_ctl_func dec_ctl;
} SpeexMode;
extern const SpeexMode speex_nb_mode;
extern const SpeexMode speex_wb_mode;
void *speex_encoder_init(const SpeexMode *mode);
int speex_encoder_ctl(void *state, int request, void *ptr);
void speex_encoder_destroy(void *state);
//--- v1
#include <stdlib.h>
#include "speex.h"
typedef struct { const SpeexMode *mode; int frame_size; int quality; } EncState;
static void *nb_init(const SpeexMode *m) { EncState *st = calloc(1, sizeof *st); if (st) { st->mode = m; st->frame_size = m->modeID ? 320 : 160; st->quality = 8; } return st; }
static void nb_destroy(void *st) { free(st); }
static int nb_encode(void *state, void *in, SpeexBits *bits) { (void)in; bits->nbBits += ((EncState *)state)->quality * 20; return 0; }
static int nb_query(const void *mode, int request, void *ptr) { (void)mode; if (request == 0) { *(int *)ptr = 160; return 0; } return -1; }
const SpeexMode speex_nb_mode = { NULL, nb_query, "narrowband", 0, 4, nb_init, nb_destroy, nb_encode, nb_init, nb_destroy, nb_encode };
const SpeexMode speex_wb_mode = { NULL, nb_query, "wideband (sub-band CELP)", 1, 4, nb_init, nb_destroy, nb_encode, nb_init, nb_destroy, nb_encode };
void *speex_encoder_init(const SpeexMode *mode) { return mode->enc_init(mode); }
int speex_encoder_ctl(void *state, int request, void *ptr) {
  EncState *st = state;
  if (request == 3) { *(int *)ptr = st->frame_size; return 0; }
  if (request == 4) { st->quality = *(int *)ptr; return 0; }
  return -2;
}
void speex_encoder_destroy(void *state) { ((EncState *)state)->mode->enc_destroy(state); }
//--- v2
#include <stdlib.h>
#include "speex.h"
typedef struct { const SpeexMode *mode; int frame_size; int quality; } EncState;
static void *nb_init(const SpeexMode *m) { EncState *st = calloc(1, sizeof *st); if (st) { st->mode = m; st->frame_size = m->modeID ? 320 : 160; st->quality = 8; } return st; }
static void nb_destroy(void *st) { free(st); }
static int nb_encode(void *state, void *in, SpeexBits *bits) { (void)in; bits->nbBits += ((EncState *)state)->quality * 20; return 0; }
static int nb_query(const void *mode, int request, void *ptr) { (void)mode; if (request == 0) { *(int *)ptr = 160; return 0; } return -1; }
static int nb_ctl(void *state, int request, void *ptr) {
  EncState *st = state;
  if (request == 3) { *(int *)ptr = st->frame_size; return 0; }
  if (request == 4) { st->quality = *(int *)ptr; return 0; }
  return -2;
}
const SpeexMode speex_nb_mode = { NULL, nb_query, "narrowband", 0, 4, nb_init, nb_destroy, nb_encode, nb_init, nb_destroy, nb_encode, nb_ctl, nb_ctl };
const SpeexMode speex_wb_mode = { NULL, nb_query, "wideband (sub-band CELP)", 1, 4, nb_init, nb_destroy, nb_encode, nb_init, nb_destroy, nb_encode, nb_ctl, nb_ctl };
void *speex_encoder_init(const SpeexMode *mode) { return mode->enc_init(mode); }
int speex_encoder_ctl(void *state, int request, void *ptr) { return ((EncState *)state)->mode->enc_ctl(state, request, ptr); }
void speex_encoder_destroy(void *state) { ((EncState *)state)->mode->enc_destroy(state); }
