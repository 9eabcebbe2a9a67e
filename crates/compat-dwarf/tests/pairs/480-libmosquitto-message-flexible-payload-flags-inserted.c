// expect: warning
// why: struct mq_message is defined with its members in the public header and only the library creates instances
// why: (mq_message_recv hands them out, sized for their flexible payload[]); consumers may read msg->payload and
// why: msg->payloadlen directly or treat the type as opaque, and only the headers' documentation tells. v2
// why: inserts uint32_t flags before the payload, which moves from byte 20 to 24: breaking if the members are
// why: public, so a warning that names what would decide it.
// abidiff: 4 agree
//--- v1/mq.h
#include <stddef.h>
#include <stdint.h>
struct mq_message { int mid; int qos; uint32_t topic_hash; uint32_t retain; uint32_t payloadlen; unsigned char payload[]; };
struct mq_message *mq_message_recv(int fd);
void mq_message_free(struct mq_message *msg);
//--- v2/mq.h
#include <stddef.h>
#include <stdint.h>
struct mq_message { int mid; int qos; uint32_t topic_hash; uint32_t retain; uint32_t payloadlen; uint32_t flags; unsigned char payload[]; };
struct mq_message *mq_message_recv(int fd);
void mq_message_free(struct mq_message *msg);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "mq.h"
struct mq_message *mq_message_recv(int fd) {
  const char text[] = "hello";
  struct mq_message *m = malloc(sizeof *m + sizeof text);
  if (!m) return NULL;
  m->mid = fd; m->qos = 0; m->topic_hash = 0; m->retain = 0; m->payloadlen = sizeof text;
  memcpy(m->payload, text, sizeof text);
  return m;
}
void mq_message_free(struct mq_message *msg) { free(msg); }
//--- v2
#include <stdlib.h>
#include <string.h>
#include "mq.h"
struct mq_message *mq_message_recv(int fd) {
  const char text[] = "hello";
  struct mq_message *m = malloc(sizeof *m + sizeof text);
  if (!m) return NULL;
  m->mid = fd; m->qos = 0; m->topic_hash = 0; m->retain = 0; m->payloadlen = sizeof text; m->flags = 0;
  memcpy(m->payload, text, sizeof text);
  return m;
}
void mq_message_free(struct mq_message *msg) { free(msg); }
