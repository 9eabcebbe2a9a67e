// expect: none
// why: libnetfilter_queue replaces the BSD spellings u_int8_t, u_int16_t and u_int32_t of <sys/types.h> by the
// why: <stdint.h> ones in its header: nfq_set_verdict's id, verdict and data_len, nfq_set_queue_maxlen's queuelen,
// why: nfq_get_nfmark's result and the members of the packed nfqnl_msg_packet_hdr the library hands out. glibc
// why: defines both families as typedefs of the same __uint8_t, __uint16_t and __uint32_t, so every parameter,
// why: result, member offset and the 7-byte packed header are the same types, in the same registers and bytes.
// abidiff: 0 agree
//--- v1/libnetfilter_queue.h
#include <sys/types.h>
struct nfq_handle;
struct nfq_q_handle;
struct nfq_data;
struct nfgenmsg;
struct nfqnl_msg_packet_hdr { u_int32_t packet_id; u_int16_t hw_protocol; u_int8_t hook; } __attribute__((packed));
typedef int nfq_callback(struct nfq_q_handle *gh, struct nfgenmsg *nfmsg, struct nfq_data *nfad, void *data);
struct nfq_handle *nfq_open(void);
int nfq_close(struct nfq_handle *h);
struct nfq_q_handle *nfq_create_queue(struct nfq_handle *h, u_int16_t num, nfq_callback *cb, void *data);
int nfq_set_queue_maxlen(struct nfq_q_handle *qh, u_int32_t queuelen);
int nfq_set_verdict(struct nfq_q_handle *qh, u_int32_t id, u_int32_t verdict, u_int32_t data_len, const unsigned char *buf);
struct nfqnl_msg_packet_hdr *nfq_get_msg_packet_hdr(struct nfq_data *nfad);
u_int32_t nfq_get_nfmark(struct nfq_data *nfad);
int nfq_handle_packet(struct nfq_handle *h, char *buf, int len);
//--- v2/libnetfilter_queue.h
#include <stdint.h>
struct nfq_handle;
struct nfq_q_handle;
struct nfq_data;
struct nfgenmsg;
struct nfqnl_msg_packet_hdr { uint32_t packet_id; uint16_t hw_protocol; uint8_t hook; } __attribute__((packed));
typedef int nfq_callback(struct nfq_q_handle *gh, struct nfgenmsg *nfmsg, struct nfq_data *nfad, void *data);
struct nfq_handle *nfq_open(void);
int nfq_close(struct nfq_handle *h);
struct nfq_q_handle *nfq_create_queue(struct nfq_handle *h, uint16_t num, nfq_callback *cb, void *data);
int nfq_set_queue_maxlen(struct nfq_q_handle *qh, uint32_t queuelen);
int nfq_set_verdict(struct nfq_q_handle *qh, uint32_t id, uint32_t verdict, uint32_t data_len, const unsigned char *buf);
struct nfqnl_msg_packet_hdr *nfq_get_msg_packet_hdr(struct nfq_data *nfad);
uint32_t nfq_get_nfmark(struct nfq_data *nfad);
int nfq_handle_packet(struct nfq_handle *h, char *buf, int len);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "libnetfilter_queue.h"
struct nfq_q_handle { struct nfq_handle *h; unsigned int id; unsigned int maxlen; nfq_callback *cb; void *data; };
struct nfq_handle { struct nfq_q_handle *qh; unsigned int verdicts; };
struct nfq_data { struct nfqnl_msg_packet_hdr hdr; u_int32_t mark; };
struct nfq_handle *nfq_open(void) { return calloc(1, sizeof(struct nfq_handle)); }
int nfq_close(struct nfq_handle *h) { if (!h) return -1; free(h->qh); free(h); return 0; }
struct nfq_q_handle *nfq_create_queue(struct nfq_handle *h, u_int16_t num, nfq_callback *cb, void *data) {
  struct nfq_q_handle *qh = calloc(1, sizeof *qh);
  if (!qh) return NULL;
  qh->h = h; qh->id = num; qh->cb = cb; qh->data = data; qh->maxlen = 1024; h->qh = qh;
  return qh;
}
int nfq_set_queue_maxlen(struct nfq_q_handle *qh, u_int32_t queuelen) { qh->maxlen = queuelen; return 0; }
int nfq_set_verdict(struct nfq_q_handle *qh, u_int32_t id, u_int32_t verdict, u_int32_t data_len, const unsigned char *buf) {
  (void)buf; if (verdict > 5) return -1;
  qh->h->verdicts++;
  return (int)(id & 0xffff) + (int)data_len;
}
struct nfqnl_msg_packet_hdr *nfq_get_msg_packet_hdr(struct nfq_data *nfad) { return &nfad->hdr; }
u_int32_t nfq_get_nfmark(struct nfq_data *nfad) { return nfad->mark; }
int nfq_handle_packet(struct nfq_handle *h, char *buf, int len) {
  struct nfq_data d;
  if (!h->qh || len < 7) return -1;
  memcpy(&d.hdr, buf, 7); d.mark = len > 11 ? *(u_int32_t *)(buf + 7) : 0;
  return h->qh->cb(h->qh, NULL, &d, h->qh->data);
}
//--- v2
#include <stdlib.h>
#include <string.h>
#include "libnetfilter_queue.h"
struct nfq_q_handle { struct nfq_handle *h; unsigned int id; unsigned int maxlen; nfq_callback *cb; void *data; };
struct nfq_handle { struct nfq_q_handle *qh; unsigned int verdicts; };
struct nfq_data { struct nfqnl_msg_packet_hdr hdr; uint32_t mark; };
struct nfq_handle *nfq_open(void) { return calloc(1, sizeof(struct nfq_handle)); }
int nfq_close(struct nfq_handle *h) { if (!h) return -1; free(h->qh); free(h); return 0; }
struct nfq_q_handle *nfq_create_queue(struct nfq_handle *h, uint16_t num, nfq_callback *cb, void *data) {
  struct nfq_q_handle *qh = calloc(1, sizeof *qh);
  if (!qh) return NULL;
  qh->h = h; qh->id = num; qh->cb = cb; qh->data = data; qh->maxlen = 1024; h->qh = qh;
  return qh;
}
int nfq_set_queue_maxlen(struct nfq_q_handle *qh, uint32_t queuelen) { qh->maxlen = queuelen; return 0; }
int nfq_set_verdict(struct nfq_q_handle *qh, uint32_t id, uint32_t verdict, uint32_t data_len, const unsigned char *buf) {
  (void)buf; if (verdict > 5) return -1;
  qh->h->verdicts++;
  return (int)(id & 0xffff) + (int)data_len;
}
struct nfqnl_msg_packet_hdr *nfq_get_msg_packet_hdr(struct nfq_data *nfad) { return &nfad->hdr; }
uint32_t nfq_get_nfmark(struct nfq_data *nfad) { return nfad->mark; }
int nfq_handle_packet(struct nfq_handle *h, char *buf, int len) {
  struct nfq_data d;
  if (!h->qh || len < 7) return -1;
  memcpy(&d.hdr, buf, 7); d.mark = len > 11 ? *(uint32_t *)(buf + 7) : 0;
  return h->qh->cb(h->qh, NULL, &d, h->qh->data);
}
