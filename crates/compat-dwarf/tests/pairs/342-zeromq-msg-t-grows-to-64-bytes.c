// expect: breaking
// why: zmq_msg_t is an opaque byte buffer the caller allocates (zmq_msg_t msg; zmq_msg_init(&msg)), on its
// why: stack or inside its own structs; nothing hands one out. libzmq 4.1 grows it from unsigned char _[32]
// why: to _[64] to fit a larger inline representation: zmq_msg_init and zmq_msg_init_size now write 64 bytes
// why: into old callers' 32-byte objects, overwriting whatever follows them.
// abidiff: 4 agree
//--- v1/zmq.h
#include <stddef.h>
typedef struct zmq_msg_t { unsigned char _[32]; } zmq_msg_t;
int zmq_msg_init(zmq_msg_t *msg);
int zmq_msg_init_size(zmq_msg_t *msg, size_t size);
void *zmq_msg_data(zmq_msg_t *msg);
size_t zmq_msg_size(const zmq_msg_t *msg);
int zmq_msg_close(zmq_msg_t *msg);
//--- v2/zmq.h
#include <stddef.h>
typedef struct zmq_msg_t { unsigned char _[64]; } zmq_msg_t;
int zmq_msg_init(zmq_msg_t *msg);
int zmq_msg_init_size(zmq_msg_t *msg, size_t size);
void *zmq_msg_data(zmq_msg_t *msg);
size_t zmq_msg_size(const zmq_msg_t *msg);
int zmq_msg_close(zmq_msg_t *msg);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "zmq.h"
enum { VSM_MAX = 8 };
struct msg_impl { unsigned char type; unsigned char size; unsigned char flags; unsigned char data[VSM_MAX]; void *content; size_t content_size; };
_Static_assert(sizeof(struct msg_impl) <= sizeof(zmq_msg_t), "msg fits");
int zmq_msg_init(zmq_msg_t *msg) { memset(msg, 0, sizeof *msg); return 0; }
int zmq_msg_init_size(zmq_msg_t *msg, size_t size) {
  struct msg_impl *m = (struct msg_impl *)msg;
  memset(msg, 0, sizeof *msg);
  if (size <= VSM_MAX) { m->type = 1; m->size = (unsigned char)size; return 0; }
  m->type = 2; m->content = malloc(size); m->content_size = size;
  return m->content ? 0 : -1;
}
void *zmq_msg_data(zmq_msg_t *msg) { struct msg_impl *m = (struct msg_impl *)msg; return m->type == 1 ? (void *)m->data : m->content; }
size_t zmq_msg_size(const zmq_msg_t *msg) { const struct msg_impl *m = (const struct msg_impl *)msg; return m->type == 1 ? m->size : m->content_size; }
int zmq_msg_close(zmq_msg_t *msg) { struct msg_impl *m = (struct msg_impl *)msg; if (m->type == 2) free(m->content); memset(msg, 0, sizeof *msg); return 0; }
//--- v2
#include <stdlib.h>
#include <string.h>
#include "zmq.h"
enum { VSM_MAX = 40 };
struct msg_impl { unsigned char type; unsigned char size; unsigned char flags; unsigned char data[VSM_MAX]; void *content; size_t content_size; };
_Static_assert(sizeof(struct msg_impl) <= sizeof(zmq_msg_t), "msg fits");
int zmq_msg_init(zmq_msg_t *msg) { memset(msg, 0, sizeof *msg); return 0; }
int zmq_msg_init_size(zmq_msg_t *msg, size_t size) {
  struct msg_impl *m = (struct msg_impl *)msg;
  memset(msg, 0, sizeof *msg);
  if (size <= VSM_MAX) { m->type = 1; m->size = (unsigned char)size; return 0; }
  m->type = 2; m->content = malloc(size); m->content_size = size;
  return m->content ? 0 : -1;
}
void *zmq_msg_data(zmq_msg_t *msg) { struct msg_impl *m = (struct msg_impl *)msg; return m->type == 1 ? (void *)m->data : m->content; }
size_t zmq_msg_size(const zmq_msg_t *msg) { const struct msg_impl *m = (const struct msg_impl *)msg; return m->type == 1 ? m->size : m->content_size; }
int zmq_msg_close(zmq_msg_t *msg) { struct msg_impl *m = (struct msg_impl *)msg; if (m->type == 2) free(m->content); memset(msg, 0, sizeof *msg); return 0; }
