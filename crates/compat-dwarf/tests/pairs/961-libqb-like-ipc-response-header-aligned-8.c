// expect: breaking
// why: Consumers of libqb's IPC embed struct qb_ipc_response_header as the first member of their own response
// why: structs and pass them to qb_ipcc_send_request, which fills the header and the payload after it. v2 declares
// why: the headers __attribute__((aligned(8))) (as libqb did for 32/64-bit interoperability): the response header
// why: grows from 12 to 16 bytes and its alignment from 4 to 8, so payload members of consumers' structs move
// why: from byte 12 to byte 16, and the library's reads and writes of the caller's header no longer agree with it.
// abidiff: 4 agree
//--- v1/ipcc.h
#include <stddef.h>
#include <stdint.h>
typedef struct qb_ipcc_connection qb_ipcc_connection_t;
struct qb_ipc_request_header { int32_t id; int32_t size; };
struct qb_ipc_response_header { int32_t id; int32_t size; int32_t error; };
qb_ipcc_connection_t *qb_ipcc_connect(const char *name, size_t max_msg_size);
int32_t qb_ipcc_send_request(qb_ipcc_connection_t *c, const struct qb_ipc_request_header *req, struct qb_ipc_response_header *res, size_t res_size);
void qb_ipcc_disconnect(qb_ipcc_connection_t *c);
//--- v2/ipcc.h
#include <stddef.h>
#include <stdint.h>
typedef struct qb_ipcc_connection qb_ipcc_connection_t;
struct qb_ipc_request_header { int32_t id; int32_t size; } __attribute__((aligned(8)));
struct qb_ipc_response_header { int32_t id; int32_t size; int32_t error; } __attribute__((aligned(8)));
qb_ipcc_connection_t *qb_ipcc_connect(const char *name, size_t max_msg_size);
int32_t qb_ipcc_send_request(qb_ipcc_connection_t *c, const struct qb_ipc_request_header *req, struct qb_ipc_response_header *res, size_t res_size);
void qb_ipcc_disconnect(qb_ipcc_connection_t *c);
//--- lib.c
#include <stdlib.h>
#include <string.h>
#include "ipcc.h"
struct qb_ipcc_connection { char name[64]; size_t max_msg_size; uint32_t requests; };
qb_ipcc_connection_t *qb_ipcc_connect(const char *name, size_t max_msg_size) { qb_ipcc_connection_t *c = calloc(1, sizeof *c); if (c) { strncpy(c->name, name, 63); c->max_msg_size = max_msg_size; } return c; }
int32_t qb_ipcc_send_request(qb_ipcc_connection_t *c, const struct qb_ipc_request_header *req, struct qb_ipc_response_header *res, size_t res_size) {
    if (!c || !req || !res || res_size < sizeof *res || (size_t)req->size > c->max_msg_size) return -22;
    c->requests++;
    memset((char *)res + sizeof *res, 0, res_size - sizeof *res);
    res->id = req->id; res->size = (int32_t)res_size; res->error = 0;
    return (int32_t)res_size;
}
void qb_ipcc_disconnect(qb_ipcc_connection_t *c) { free(c); }
