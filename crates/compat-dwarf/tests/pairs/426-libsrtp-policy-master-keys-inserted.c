// expect: breaking
// why: srtp_policy_t is allocated and filled by the caller (srtp_policy_t policy; memset(&policy, 0, sizeof policy);
// why: srtp_crypto_policy_set_rtp_default(&policy.rtp); policy.key = key; srtp_create(&session, &policy)), often as a
// why: linked list through next, and nothing hands one out. libsrtp 2.1 adds MKI support by inserting
// why: srtp_master_key_t **keys and unsigned long num_master_keys after key: window_size moves from byte 72 to 88,
// why: allow_repeat_tx from 80 to 96, next from 104 to 120, and the struct grows from 112 to 128 bytes. v2 reads
// why: an old caller's ekt pointer as keys, its window_size as num_master_keys and follows next from past its end.
// abidiff: 4 agree
//--- v1/srtp.h
#include <stdint.h>
typedef enum { srtp_err_status_ok = 0, srtp_err_status_fail = 1, srtp_err_status_bad_param = 2, srtp_err_status_alloc_fail = 3 } srtp_err_status_t;
typedef uint32_t srtp_cipher_type_id_t;
typedef uint32_t srtp_auth_type_id_t;
typedef enum { sec_serv_none = 0, sec_serv_conf = 1, sec_serv_auth = 2, sec_serv_conf_and_auth = 3 } srtp_sec_serv_t;
typedef struct srtp_crypto_policy_t { srtp_cipher_type_id_t cipher_type; int cipher_key_len; srtp_auth_type_id_t auth_type; int auth_key_len; int auth_tag_len; srtp_sec_serv_t sec_serv; } srtp_crypto_policy_t;
typedef enum { ssrc_undefined = 0, ssrc_specific = 1, ssrc_any_inbound = 2, ssrc_any_outbound = 3 } srtp_ssrc_type_t;
typedef struct { srtp_ssrc_type_t type; unsigned int value; } srtp_ssrc_t;
struct srtp_ekt_policy_ctx_t;
typedef struct srtp_policy_t {
  srtp_ssrc_t ssrc;
  srtp_crypto_policy_t rtp;
  srtp_crypto_policy_t rtcp;
  unsigned char *key;
  struct srtp_ekt_policy_ctx_t *ekt;
  unsigned long window_size;
  int allow_repeat_tx;
  int *enc_xtn_hdr;
  int enc_xtn_hdr_count;
  struct srtp_policy_t *next;
} srtp_policy_t;
typedef struct srtp_ctx_t_ *srtp_t;
srtp_err_status_t srtp_init(void);
void srtp_crypto_policy_set_rtp_default(srtp_crypto_policy_t *p);
srtp_err_status_t srtp_create(srtp_t *session, const srtp_policy_t *policy);
srtp_err_status_t srtp_add_stream(srtp_t session, const srtp_policy_t *policy);
srtp_err_status_t srtp_dealloc(srtp_t session);
//--- v2/srtp.h
#include <stdint.h>
typedef enum { srtp_err_status_ok = 0, srtp_err_status_fail = 1, srtp_err_status_bad_param = 2, srtp_err_status_alloc_fail = 3 } srtp_err_status_t;
typedef uint32_t srtp_cipher_type_id_t;
typedef uint32_t srtp_auth_type_id_t;
typedef enum { sec_serv_none = 0, sec_serv_conf = 1, sec_serv_auth = 2, sec_serv_conf_and_auth = 3 } srtp_sec_serv_t;
typedef struct srtp_crypto_policy_t { srtp_cipher_type_id_t cipher_type; int cipher_key_len; srtp_auth_type_id_t auth_type; int auth_key_len; int auth_tag_len; srtp_sec_serv_t sec_serv; } srtp_crypto_policy_t;
typedef enum { ssrc_undefined = 0, ssrc_specific = 1, ssrc_any_inbound = 2, ssrc_any_outbound = 3 } srtp_ssrc_type_t;
typedef struct { srtp_ssrc_type_t type; unsigned int value; } srtp_ssrc_t;
typedef struct srtp_master_key_t { unsigned char *key; unsigned char *mki_id; unsigned int mki_size; } srtp_master_key_t;
struct srtp_ekt_policy_ctx_t;
typedef struct srtp_policy_t {
  srtp_ssrc_t ssrc;
  srtp_crypto_policy_t rtp;
  srtp_crypto_policy_t rtcp;
  unsigned char *key;
  srtp_master_key_t **keys;
  unsigned long num_master_keys;
  struct srtp_ekt_policy_ctx_t *ekt;
  unsigned long window_size;
  int allow_repeat_tx;
  int *enc_xtn_hdr;
  int enc_xtn_hdr_count;
  struct srtp_policy_t *next;
} srtp_policy_t;
typedef struct srtp_ctx_t_ *srtp_t;
srtp_err_status_t srtp_init(void);
void srtp_crypto_policy_set_rtp_default(srtp_crypto_policy_t *p);
srtp_err_status_t srtp_create(srtp_t *session, const srtp_policy_t *policy);
srtp_err_status_t srtp_add_stream(srtp_t session, const srtp_policy_t *policy);
srtp_err_status_t srtp_dealloc(srtp_t session);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "srtp.h"
typedef struct srtp_stream_ctx_t_ { unsigned int ssrc; unsigned char master_key[30]; unsigned long window_size; int allow_repeat_tx; struct srtp_stream_ctx_t_ *next; } srtp_stream_ctx_t;
struct srtp_ctx_t_ { srtp_stream_ctx_t *stream_list; srtp_stream_ctx_t *stream_template; };
static int initialized;
srtp_err_status_t srtp_init(void) { initialized = 1; return srtp_err_status_ok; }
void srtp_crypto_policy_set_rtp_default(srtp_crypto_policy_t *p) {
  p->cipher_type = 1; p->cipher_key_len = 30; p->auth_type = 3; p->auth_key_len = 20; p->auth_tag_len = 10; p->sec_serv = sec_serv_conf_and_auth;
}
srtp_err_status_t srtp_add_stream(srtp_t session, const srtp_policy_t *policy) {
  if (!session || !policy || !policy->key) return srtp_err_status_bad_param;
  if (policy->window_size != 0 && (policy->window_size < 64 || policy->window_size >= 0x8000)) return srtp_err_status_bad_param;
  srtp_stream_ctx_t *s = calloc(1, sizeof *s);
  if (!s) return srtp_err_status_alloc_fail;
  s->ssrc = policy->ssrc.value; memcpy(s->master_key, policy->key, 30);
  s->window_size = policy->window_size ? policy->window_size : 128; s->allow_repeat_tx = policy->allow_repeat_tx;
  if (policy->ssrc.type == ssrc_specific) { s->next = session->stream_list; session->stream_list = s; }
  else { free(session->stream_template); session->stream_template = s; }
  return srtp_err_status_ok;
}
srtp_err_status_t srtp_create(srtp_t *session, const srtp_policy_t *policy) {
  if (!initialized) return srtp_err_status_fail;
  srtp_t ctx = calloc(1, sizeof *ctx);
  if (!ctx) return srtp_err_status_alloc_fail;
  *session = ctx;
  for (; policy; policy = policy->next) {
    srtp_err_status_t st = srtp_add_stream(ctx, policy);
    if (st) { srtp_dealloc(ctx); *session = NULL; return st; }
  }
  return srtp_err_status_ok;
}
srtp_err_status_t srtp_dealloc(srtp_t session) {
  while (session->stream_list) { srtp_stream_ctx_t *n = session->stream_list->next; free(session->stream_list); session->stream_list = n; }
  free(session->stream_template); free(session);
  return srtp_err_status_ok;
}
//--- v2
#include <stdlib.h>
#include <string.h>
#include "srtp.h"
typedef struct srtp_stream_ctx_t_ { unsigned int ssrc; unsigned char master_key[30]; unsigned char mki_id[16]; unsigned int mki_size; unsigned long window_size; int allow_repeat_tx; struct srtp_stream_ctx_t_ *next; } srtp_stream_ctx_t;
struct srtp_ctx_t_ { srtp_stream_ctx_t *stream_list; srtp_stream_ctx_t *stream_template; };
static int initialized;
srtp_err_status_t srtp_init(void) { initialized = 1; return srtp_err_status_ok; }
void srtp_crypto_policy_set_rtp_default(srtp_crypto_policy_t *p) {
  p->cipher_type = 1; p->cipher_key_len = 30; p->auth_type = 3; p->auth_key_len = 20; p->auth_tag_len = 10; p->sec_serv = sec_serv_conf_and_auth;
}
srtp_err_status_t srtp_add_stream(srtp_t session, const srtp_policy_t *policy) {
  if (!session || !policy || (!policy->key && !policy->num_master_keys)) return srtp_err_status_bad_param;
  if (policy->num_master_keys > 16) return srtp_err_status_bad_param;
  if (policy->window_size != 0 && (policy->window_size < 64 || policy->window_size >= 0x8000)) return srtp_err_status_bad_param;
  srtp_stream_ctx_t *s = calloc(1, sizeof *s);
  if (!s) return srtp_err_status_alloc_fail;
  s->ssrc = policy->ssrc.value;
  if (policy->key) memcpy(s->master_key, policy->key, 30);
  else { memcpy(s->master_key, policy->keys[0]->key, 30); s->mki_size = policy->keys[0]->mki_size > 16 ? 16 : policy->keys[0]->mki_size; memcpy(s->mki_id, policy->keys[0]->mki_id, s->mki_size); }
  s->window_size = policy->window_size ? policy->window_size : 128; s->allow_repeat_tx = policy->allow_repeat_tx;
  if (policy->ssrc.type == ssrc_specific) { s->next = session->stream_list; session->stream_list = s; }
  else { free(session->stream_template); session->stream_template = s; }
  return srtp_err_status_ok;
}
srtp_err_status_t srtp_create(srtp_t *session, const srtp_policy_t *policy) {
  if (!initialized) return srtp_err_status_fail;
  srtp_t ctx = calloc(1, sizeof *ctx);
  if (!ctx) return srtp_err_status_alloc_fail;
  *session = ctx;
  for (; policy; policy = policy->next) {
    srtp_err_status_t st = srtp_add_stream(ctx, policy);
    if (st) { srtp_dealloc(ctx); *session = NULL; return st; }
  }
  return srtp_err_status_ok;
}
srtp_err_status_t srtp_dealloc(srtp_t session) {
  while (session->stream_list) { srtp_stream_ctx_t *n = session->stream_list->next; free(session->stream_list); session->stream_list = n; }
  free(session->stream_template); free(session);
  return srtp_err_status_ok;
}
