// expect: breaking
// why: Callers build chains of struct ibv_send_wr themselves (on the stack or in their own arrays) and pass the head
// why: to ibv_post_send; bad_wr only points back into the caller's chain. rdma-core appends the qp_type union (XRC
// why: remote_srqn) after the wr union, growing the struct from 72 to 80 bytes, and v2's ibv_post_send copies
// why: sizeof(struct ibv_send_wr) bytes of each request into the send queue: it reads 8 bytes past the end of every
// why: old caller's request and queues whatever follows it as the XRC target.
// abidiff: 4 agree
//--- v1/verbs.h
#include <stdint.h>
struct ibv_qp;
struct ibv_sge { uint64_t addr; uint32_t length; uint32_t lkey; };
enum ibv_wr_opcode { IBV_WR_RDMA_WRITE, IBV_WR_RDMA_WRITE_WITH_IMM, IBV_WR_SEND, IBV_WR_SEND_WITH_IMM, IBV_WR_RDMA_READ };
struct ibv_send_wr {
    uint64_t wr_id; struct ibv_send_wr *next; struct ibv_sge *sg_list; int num_sge; enum ibv_wr_opcode opcode; unsigned int send_flags; uint32_t imm_data;
    union { struct { uint64_t remote_addr; uint32_t rkey; } rdma; struct { uint64_t remote_addr; uint64_t compare_add; uint64_t swap; uint32_t rkey; } atomic; struct { void *ah; uint32_t remote_qpn; uint32_t remote_qkey; } ud; } wr;
};
struct ibv_qp *ibv_create_qp_simple(int depth);
int ibv_post_send(struct ibv_qp *qp, struct ibv_send_wr *wr, struct ibv_send_wr **bad_wr);
//--- v2/verbs.h
#include <stdint.h>
struct ibv_qp;
struct ibv_sge { uint64_t addr; uint32_t length; uint32_t lkey; };
enum ibv_wr_opcode { IBV_WR_RDMA_WRITE, IBV_WR_RDMA_WRITE_WITH_IMM, IBV_WR_SEND, IBV_WR_SEND_WITH_IMM, IBV_WR_RDMA_READ };
struct ibv_send_wr {
    uint64_t wr_id; struct ibv_send_wr *next; struct ibv_sge *sg_list; int num_sge; enum ibv_wr_opcode opcode; unsigned int send_flags; uint32_t imm_data;
    union { struct { uint64_t remote_addr; uint32_t rkey; } rdma; struct { uint64_t remote_addr; uint64_t compare_add; uint64_t swap; uint32_t rkey; } atomic; struct { void *ah; uint32_t remote_qpn; uint32_t remote_qkey; } ud; } wr;
    union { struct { uint32_t remote_srqn; } xrc; } qp_type;
};
struct ibv_qp *ibv_create_qp_simple(int depth);
int ibv_post_send(struct ibv_qp *qp, struct ibv_send_wr *wr, struct ibv_send_wr **bad_wr);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "verbs.h"
struct ibv_qp { int depth; int head; struct ibv_send_wr *sq; };
struct ibv_qp *ibv_create_qp_simple(int depth) { struct ibv_qp *qp = calloc(1, sizeof *qp); if (qp) { qp->depth = depth; qp->sq = calloc((size_t)depth, sizeof(struct ibv_send_wr)); } return qp; }
int ibv_post_send(struct ibv_qp *qp, struct ibv_send_wr *wr, struct ibv_send_wr **bad_wr) {
    for (; wr; wr = wr->next) {
        if (qp->head >= qp->depth || wr->num_sge < 0) { if (bad_wr) *bad_wr = wr; return 12; }
        memcpy(&qp->sq[qp->head++], wr, sizeof *wr);
    }
    return 0;
}
//--- v2
#include <stdlib.h>
#include <string.h>
#include "verbs.h"
struct ibv_qp { int depth; int head; struct ibv_send_wr *sq; };
struct ibv_qp *ibv_create_qp_simple(int depth) { struct ibv_qp *qp = calloc(1, sizeof *qp); if (qp) { qp->depth = depth; qp->sq = calloc((size_t)depth, sizeof(struct ibv_send_wr)); } return qp; }
int ibv_post_send(struct ibv_qp *qp, struct ibv_send_wr *wr, struct ibv_send_wr **bad_wr) {
    for (; wr; wr = wr->next) {
        if (qp->head >= qp->depth || wr->num_sge < 0) { if (bad_wr) *bad_wr = wr; return 12; }
        memcpy(&qp->sq[qp->head++], wr, sizeof *wr);
    }
    return 0;
}
