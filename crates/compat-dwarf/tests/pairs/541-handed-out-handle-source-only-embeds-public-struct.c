// expect: breaking
// why: struct snd_pcm is defined only in the library's source and handed out by snd_pcm_open, so its own layout
// why: is private; but it embeds struct snd_pcm_hw_params by value, and that struct is public on its own:
// why: callers allocate it and fill it for snd_pcm_hw_params_set (no export hands one out). v2 inserts unsigned
// why: period_time before buffer_size in snd_pcm_hw_params, so buffer_size moves from byte 8 to 12 and the struct
// why: grows from 16 to 20 bytes (format from 12 to 16): breaking for the callers' copies, whatever happens inside the private handle.
// abidiff: 4 agree
//--- v1/pcm.h
struct snd_pcm_hw_params { unsigned rate; unsigned channels; unsigned buffer_size; int format; };
typedef struct snd_pcm snd_pcm_t;
int snd_pcm_open(snd_pcm_t **pcm, const char *name);
int snd_pcm_hw_params_set(snd_pcm_t *pcm, const struct snd_pcm_hw_params *params);
//--- v2/pcm.h
struct snd_pcm_hw_params { unsigned rate; unsigned channels; unsigned period_time; unsigned buffer_size; int format; };
typedef struct snd_pcm snd_pcm_t;
int snd_pcm_open(snd_pcm_t **pcm, const char *name);
int snd_pcm_hw_params_set(snd_pcm_t *pcm, const struct snd_pcm_hw_params *params);
//--- v1
#include <stdlib.h>
#include "pcm.h"
struct snd_pcm { const char *name; struct snd_pcm_hw_params hw; int state; };
int snd_pcm_open(snd_pcm_t **pcm, const char *name) { *pcm = calloc(1, sizeof **pcm); if (!*pcm) return -12; (*pcm)->name = name; return 0; }
int snd_pcm_hw_params_set(snd_pcm_t *pcm, const struct snd_pcm_hw_params *params) { if (!params->rate || !params->channels) return -22; pcm->hw = *params; pcm->state = 1; return 0; }
//--- v2
#include <stdlib.h>
#include "pcm.h"
struct snd_pcm { const char *name; struct snd_pcm_hw_params hw; int state; };
int snd_pcm_open(snd_pcm_t **pcm, const char *name) { *pcm = calloc(1, sizeof **pcm); if (!*pcm) return -12; (*pcm)->name = name; return 0; }
int snd_pcm_hw_params_set(snd_pcm_t *pcm, const struct snd_pcm_hw_params *params) { if (!params->rate || !params->channels) return -22; pcm->hw = *params; pcm->state = 1; return 0; }
