// expect: breaking
// why: WavpackConfig is allocated and filled by the caller (WavpackConfig config; memset(&config, 0, sizeof config);
// why: config.sample_rate = 44100; ...) and handed to WavpackSetConfiguration64; no function hands one out. WavPack 5
// why: inserts int32_t worker_threads after block_samples, so sample_rate, channel_mask, the MD5 bytes and the tag
// why: members move 4 bytes down and the struct grows: v2 reads an old caller's sample rate from worker_threads and its
// why: channel mask as the sample rate, and reads tag_strings past the end of the caller's object.
// abidiff: 4 agree
//--- v1/wavpack.h
#include <stdint.h>
typedef struct WavpackContext WavpackContext;
typedef int (*WavpackBlockOutput)(void *id, void *data, int32_t bcount);
typedef struct {
    float bitrate, shaping_weight;
    int bits_per_sample, bytes_per_sample;
    int qmode, flags, xmode, num_channels, float_norm_exp;
    int32_t block_samples, extra_flags, sample_rate, channel_mask;
    unsigned char md5_checksum[16], md5_read;
    int num_tag_strings;
    char **tag_strings;
} WavpackConfig;
WavpackContext *WavpackOpenFileOutput(WavpackBlockOutput blockout, void *wv_id, void *wvc_id);
int WavpackSetConfiguration64(WavpackContext *wpc, WavpackConfig *config, int64_t total_samples, const unsigned char *chan_ids);
int WavpackGetSampleRate(WavpackContext *wpc);
WavpackContext *WavpackCloseFile(WavpackContext *wpc);
//--- v2/wavpack.h
#include <stdint.h>
typedef struct WavpackContext WavpackContext;
typedef int (*WavpackBlockOutput)(void *id, void *data, int32_t bcount);
typedef struct {
    float bitrate, shaping_weight;
    int bits_per_sample, bytes_per_sample;
    int qmode, flags, xmode, num_channels, float_norm_exp;
    int32_t block_samples, worker_threads, extra_flags, sample_rate, channel_mask;
    unsigned char md5_checksum[16], md5_read;
    int num_tag_strings;
    char **tag_strings;
} WavpackConfig;
WavpackContext *WavpackOpenFileOutput(WavpackBlockOutput blockout, void *wv_id, void *wvc_id);
int WavpackSetConfiguration64(WavpackContext *wpc, WavpackConfig *config, int64_t total_samples, const unsigned char *chan_ids);
int WavpackGetSampleRate(WavpackContext *wpc);
WavpackContext *WavpackCloseFile(WavpackContext *wpc);
//--- lib.c
#include <stdlib.h>
#include <string.h>
#include "wavpack.h"
struct WavpackContext { WavpackConfig config; WavpackBlockOutput blockout; void *wv_out, *wvc_out; int64_t total_samples; unsigned char chan_ids[32]; };
WavpackContext *WavpackOpenFileOutput(WavpackBlockOutput blockout, void *wv_id, void *wvc_id) {
    WavpackContext *wpc = calloc(1, sizeof *wpc);
    if (wpc) { wpc->blockout = blockout; wpc->wv_out = wv_id; wpc->wvc_out = wvc_id; }
    return wpc;
}
int WavpackSetConfiguration64(WavpackContext *wpc, WavpackConfig *config, int64_t total_samples, const unsigned char *chan_ids) {
    if (config->num_channels < 1 || config->sample_rate <= 0) return 0;
    wpc->config = *config;
    wpc->total_samples = total_samples;
    if (chan_ids) strncpy((char *)wpc->chan_ids, (const char *)chan_ids, sizeof wpc->chan_ids - 1);
    for (int i = 0; i < config->num_tag_strings; i++) if (!config->tag_strings[i]) return 0;
    return 1;
}
int WavpackGetSampleRate(WavpackContext *wpc) { return wpc ? wpc->config.sample_rate : 44100; }
WavpackContext *WavpackCloseFile(WavpackContext *wpc) { free(wpc); return NULL; }
