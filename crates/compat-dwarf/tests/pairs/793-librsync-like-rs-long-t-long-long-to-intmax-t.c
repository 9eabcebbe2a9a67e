// expect: info
// why: rs_long_t was typedef long long and becomes typedef intmax_t, which glibc defines as long on x86-64. It is
// why: passed by value to rs_sig_args and is the type of the counters in the caller-allocated rs_stats_t that
// why: rs_job_get_stats fills: long and long long are both 8-byte signed integers, so sizes, offsets, registers and
// why: values are the same and C symbols carry no types; another type of the same representation (as in 126).
// abidiff: 4 disagree: abidiff reports rs_long_t changed from long long int to long int; both are 8-byte signed integers on x86-64 and C symbols carry no types (as in 126).
//--- v1/librsync.h
#include <stddef.h>
typedef long long rs_long_t;
typedef enum rs_result { RS_DONE = 0, RS_BLOCKED = 1, RS_PARAM_ERROR = 107 } rs_result;
typedef struct rs_stats { const char *op; int lit_cmds; rs_long_t lit_bytes; rs_long_t lit_cmdbytes; rs_long_t copy_cmds, copy_bytes, copy_cmdbytes; rs_long_t in_bytes, out_bytes; } rs_stats_t;
typedef struct rs_job rs_job_t;
rs_result rs_sig_args(rs_long_t old_fsize, size_t *block_len, size_t *strong_len);
rs_result rs_job_get_stats(const rs_job_t *job, rs_stats_t *out);
//--- v2/librsync.h
#include <stddef.h>
#include <stdint.h>
typedef intmax_t rs_long_t;
typedef enum rs_result { RS_DONE = 0, RS_BLOCKED = 1, RS_PARAM_ERROR = 107 } rs_result;
typedef struct rs_stats { const char *op; int lit_cmds; rs_long_t lit_bytes; rs_long_t lit_cmdbytes; rs_long_t copy_cmds, copy_bytes, copy_cmdbytes; rs_long_t in_bytes, out_bytes; } rs_stats_t;
typedef struct rs_job rs_job_t;
rs_result rs_sig_args(rs_long_t old_fsize, size_t *block_len, size_t *strong_len);
rs_result rs_job_get_stats(const rs_job_t *job, rs_stats_t *out);
//--- v1
#include "librsync.h"
struct rs_job { rs_stats_t stats; int state; };
rs_result rs_sig_args(rs_long_t old_fsize, size_t *block_len, size_t *strong_len) {
    if (old_fsize < -1 || !block_len || !strong_len) return RS_PARAM_ERROR;
    size_t len = 2048;
    while (old_fsize > 0 && (rs_long_t)len * (rs_long_t)len < old_fsize) len *= 2;
    *block_len = len; *strong_len = 32;
    return RS_DONE;
}
rs_result rs_job_get_stats(const rs_job_t *job, rs_stats_t *out) { if (!job || !out) return RS_PARAM_ERROR; *out = job->stats; return RS_DONE; }
//--- v2
#include "librsync.h"
struct rs_job { rs_stats_t stats; int state; };
rs_result rs_sig_args(rs_long_t old_fsize, size_t *block_len, size_t *strong_len) {
    if (old_fsize < -1 || !block_len || !strong_len) return RS_PARAM_ERROR;
    size_t len = 2048;
    while (old_fsize > 0 && (rs_long_t)len * (rs_long_t)len < old_fsize) len *= 2;
    *block_len = len; *strong_len = 32;
    return RS_DONE;
}
rs_result rs_job_get_stats(const rs_job_t *job, rs_stats_t *out) { if (!job || !out) return RS_PARAM_ERROR; *out = job->stats; return RS_DONE; }
