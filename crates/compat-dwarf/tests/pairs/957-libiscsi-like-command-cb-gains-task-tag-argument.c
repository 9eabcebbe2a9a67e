// expect: breaking
// why: iscsi_command_cb is the callback consumers write and pass to the async functions; the library calls it when
// why: a command completes. v2 inserts uint32_t itt (the task tag) before private_data: the library now passes
// why: private_data in %r8 while old callbacks read it from %rcx, where the tag now is, so they dereference the tag
// why: as their context pointer.
// abidiff: 4 agree
//--- v1/iscsi.h
#include <stdint.h>
struct iscsi_context;
typedef void (*iscsi_command_cb)(struct iscsi_context *iscsi, int status, void *command_data, void *private_data);
struct iscsi_context *iscsi_create_context(const char *initiator_name);
int iscsi_connect_async(struct iscsi_context *iscsi, const char *portal, iscsi_command_cb cb, void *private_data);
int iscsi_nop_out_async(struct iscsi_context *iscsi, iscsi_command_cb cb, unsigned char *data, int len, void *private_data);
int iscsi_service(struct iscsi_context *iscsi, int revents);
//--- v2/iscsi.h
#include <stdint.h>
struct iscsi_context;
typedef void (*iscsi_command_cb)(struct iscsi_context *iscsi, int status, void *command_data, uint32_t itt, void *private_data);
struct iscsi_context *iscsi_create_context(const char *initiator_name);
int iscsi_connect_async(struct iscsi_context *iscsi, const char *portal, iscsi_command_cb cb, void *private_data);
int iscsi_nop_out_async(struct iscsi_context *iscsi, iscsi_command_cb cb, unsigned char *data, int len, void *private_data);
int iscsi_service(struct iscsi_context *iscsi, int revents);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "iscsi.h"
struct pdu { iscsi_command_cb cb; void *private_data; void *data; uint32_t itt; };
struct iscsi_context { char name[64]; uint32_t next_itt; int npending; struct pdu pending[16]; };
struct iscsi_context *iscsi_create_context(const char *initiator_name) { struct iscsi_context *c = calloc(1, sizeof *c); if (c) strncpy(c->name, initiator_name, sizeof c->name - 1); return c; }
static int queue(struct iscsi_context *iscsi, iscsi_command_cb cb, void *data, void *private_data) {
    if (!iscsi || iscsi->npending == 16) return -1;
    struct pdu *p = &iscsi->pending[iscsi->npending++]; p->cb = cb; p->private_data = private_data; p->data = data; p->itt = iscsi->next_itt++; return 0;
}
int iscsi_connect_async(struct iscsi_context *iscsi, const char *portal, iscsi_command_cb cb, void *private_data) { return queue(iscsi, cb, (void *)portal, private_data); }
int iscsi_nop_out_async(struct iscsi_context *iscsi, iscsi_command_cb cb, unsigned char *data, int len, void *private_data) { (void)len; return queue(iscsi, cb, data, private_data); }
int iscsi_service(struct iscsi_context *iscsi, int revents) {
    int i, n = iscsi->npending; (void)revents;
    for (i = 0; i < n; i++) iscsi->pending[i].cb(iscsi, 0, iscsi->pending[i].data, iscsi->pending[i].private_data);
    iscsi->npending = 0; return n;
}
//--- v2
#include <stdlib.h>
#include <string.h>
#include "iscsi.h"
struct pdu { iscsi_command_cb cb; void *private_data; void *data; uint32_t itt; };
struct iscsi_context { char name[64]; uint32_t next_itt; int npending; struct pdu pending[16]; };
struct iscsi_context *iscsi_create_context(const char *initiator_name) { struct iscsi_context *c = calloc(1, sizeof *c); if (c) strncpy(c->name, initiator_name, sizeof c->name - 1); return c; }
static int queue(struct iscsi_context *iscsi, iscsi_command_cb cb, void *data, void *private_data) {
    if (!iscsi || iscsi->npending == 16) return -1;
    struct pdu *p = &iscsi->pending[iscsi->npending++]; p->cb = cb; p->private_data = private_data; p->data = data; p->itt = iscsi->next_itt++; return 0;
}
int iscsi_connect_async(struct iscsi_context *iscsi, const char *portal, iscsi_command_cb cb, void *private_data) { return queue(iscsi, cb, (void *)portal, private_data); }
int iscsi_nop_out_async(struct iscsi_context *iscsi, iscsi_command_cb cb, unsigned char *data, int len, void *private_data) { (void)len; return queue(iscsi, cb, data, private_data); }
int iscsi_service(struct iscsi_context *iscsi, int revents) {
    int i, n = iscsi->npending; (void)revents;
    for (i = 0; i < n; i++) iscsi->pending[i].cb(iscsi, 0, iscsi->pending[i].data, iscsi->pending[i].itt, iscsi->pending[i].private_data);
    iscsi->npending = 0; return n;
}
