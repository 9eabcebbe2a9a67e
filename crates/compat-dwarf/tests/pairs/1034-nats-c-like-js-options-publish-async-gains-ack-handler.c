// expect: breaking
// why: jsOptions is the caller's object (jsOptions o; jsOptions_Init(&o); o.Stream.Purge.Subject = ...;) handed to
// why: natsConnection_JetStream and js_PurgeStream; no function hands one out. v2 adds an AckHandler callback and its
// why: closure to the embedded jsOptionsPublishAsync, in the middle of jsOptions: the struct grows from 88 to 104
// why: bytes and the embedded Stream options after it move 16 bytes. v2's jsOptions_Init clears 104 bytes of an old
// why: caller's 88-byte object, and js_PurgeStream reads the purge subject and sequence from the wrong offsets.
// abidiff: 4 agree
//--- v1/nats.h
#include <stdint.h>
#include <stdbool.h>
typedef struct natsConnection natsConnection;
typedef struct jsCtx jsCtx;
typedef enum { NATS_OK = 0, NATS_ERR = 1, NATS_INVALID_ARG = 16 } natsStatus;
typedef void (*jsPubAckErrHandler)(jsCtx *js, const char *subject, int err, void *closure);
typedef struct jsOptionsPublishAsync {
    int64_t MaxPending;
    jsPubAckErrHandler ErrHandler;
    void *ErrHandlerClosure;
    int64_t StallWait;
} jsOptionsPublishAsync;
typedef struct jsOptionsStreamPurge {
    const char *Subject;
    uint64_t Sequence;
    uint64_t Keep;
} jsOptionsStreamPurge;
typedef struct jsOptionsStream {
    jsOptionsStreamPurge Purge;
    bool DeletedDetails;
} jsOptionsStream;
typedef struct jsOptions {
    const char *Prefix;
    const char *Domain;
    int64_t Wait;
    jsOptionsPublishAsync PublishAsync;
    jsOptionsStream Stream;
} jsOptions;
natsStatus jsOptions_Init(jsOptions *opts);
natsStatus natsConnection_JetStream(jsCtx **js, natsConnection *nc, jsOptions *opts);
natsStatus js_PurgeStream(jsCtx *js, const char *stream, jsOptions *opts, int *errCode);
void jsCtx_Destroy(jsCtx *js);
//--- v2/nats.h
#include <stdint.h>
#include <stdbool.h>
typedef struct natsConnection natsConnection;
typedef struct jsCtx jsCtx;
typedef struct natsMsg natsMsg;
typedef enum { NATS_OK = 0, NATS_ERR = 1, NATS_INVALID_ARG = 16 } natsStatus;
typedef void (*jsPubAckErrHandler)(jsCtx *js, const char *subject, int err, void *closure);
typedef void (*jsPubAckHandler)(jsCtx *js, natsMsg *msg, void *closure);
typedef struct jsOptionsPublishAsync {
    int64_t MaxPending;
    jsPubAckHandler AckHandler;
    void *AckHandlerClosure;
    jsPubAckErrHandler ErrHandler;
    void *ErrHandlerClosure;
    int64_t StallWait;
} jsOptionsPublishAsync;
typedef struct jsOptionsStreamPurge {
    const char *Subject;
    uint64_t Sequence;
    uint64_t Keep;
} jsOptionsStreamPurge;
typedef struct jsOptionsStream {
    jsOptionsStreamPurge Purge;
    bool DeletedDetails;
} jsOptionsStream;
typedef struct jsOptions {
    const char *Prefix;
    const char *Domain;
    int64_t Wait;
    jsOptionsPublishAsync PublishAsync;
    jsOptionsStream Stream;
} jsOptions;
natsStatus jsOptions_Init(jsOptions *opts);
natsStatus natsConnection_JetStream(jsCtx **js, natsConnection *nc, jsOptions *opts);
natsStatus js_PurgeStream(jsCtx *js, const char *stream, jsOptions *opts, int *errCode);
void jsCtx_Destroy(jsCtx *js);
//--- lib.c
#include <stdlib.h>
#include <string.h>
#include "nats.h"
struct jsCtx { natsConnection *nc; jsOptions opts; int refs; };
natsStatus jsOptions_Init(jsOptions *opts) { if (!opts) return NATS_INVALID_ARG; memset(opts, 0, sizeof *opts); return NATS_OK; }
natsStatus natsConnection_JetStream(jsCtx **js, natsConnection *nc, jsOptions *opts) {
    jsCtx *ctx = calloc(1, sizeof *ctx);
    if (!ctx) return NATS_ERR;
    ctx->nc = nc; ctx->refs = 1;
    if (opts) ctx->opts = *opts;
    if (!ctx->opts.Prefix) ctx->opts.Prefix = "$JS.API";
    if (ctx->opts.Wait <= 0) ctx->opts.Wait = 5000;
    *js = ctx;
    return NATS_OK;
}
natsStatus js_PurgeStream(jsCtx *js, const char *stream, jsOptions *opts, int *errCode) {
    if (!js || !stream) return NATS_INVALID_ARG;
    const jsOptionsStreamPurge *p = opts ? &opts->Stream.Purge : &js->opts.Stream.Purge;
    if (p->Sequence > 0 && p->Keep > 0) { if (errCode) *errCode = 10054; return NATS_INVALID_ARG; }
    if (errCode) *errCode = p->Subject && !strchr(p->Subject, ' ') ? 0 : 10001;
    return NATS_OK;
}
void jsCtx_Destroy(jsCtx *js) { if (js && --js->refs == 0) free(js); }
