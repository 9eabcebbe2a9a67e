// expect: info
// why: struct lttng_ust_abi_event is packed and caller-filled: the session daemon fills one and passes it to
// why: lttng_ust_ctl_create_event. lttng-ust 2.13 spends the first 8 of its 16 padding bytes on a uint64_t token at
// why: offset 268: in a packed struct nothing is realigned, so the struct keeps its 284 bytes and every other member
// why: its offset; the remaining padding shrinks to 8 bytes. Callers zero the struct before filling it (the padding
// why: is reserved for this), so old callers pass token 0. A reserved area replaced in place (as in 470).
// abidiff: 4 disagree: abidiff reports token inserted and padding shrunk and moved, but the token takes the first 8 bytes of the padding in place in a packed struct of unchanged size.
//--- ust-object.h
#include <stdint.h>
struct lttng_ust_abi_object_data { int type; int handle; int wait_fd; int shm_fd; uint64_t memory_map_size; };
//--- v1/ust-abi.h
#define LTTNG_UST_ABI_SYM_NAME_LEN 256
#define LTTNG_UST_ABI_EVENT_PADDING 16
struct lttng_ust_abi_event {
    int32_t instrumentation;
    char name[LTTNG_UST_ABI_SYM_NAME_LEN];
    int32_t loglevel_type;
    int32_t loglevel;
    char padding[LTTNG_UST_ABI_EVENT_PADDING];
} __attribute__((packed));
int lttng_ust_ctl_create_event(int sock, struct lttng_ust_abi_event *ev, struct lttng_ust_abi_object_data *channel_data, struct lttng_ust_abi_object_data **event_data);
//--- v2/ust-abi.h
#define LTTNG_UST_ABI_SYM_NAME_LEN 256
#define LTTNG_UST_ABI_EVENT_PADDING 8
struct lttng_ust_abi_event {
    int32_t instrumentation;
    char name[LTTNG_UST_ABI_SYM_NAME_LEN];
    int32_t loglevel_type;
    int32_t loglevel;
    uint64_t token;
    char padding[LTTNG_UST_ABI_EVENT_PADDING];
} __attribute__((packed));
int lttng_ust_ctl_create_event(int sock, struct lttng_ust_abi_event *ev, struct lttng_ust_abi_object_data *channel_data, struct lttng_ust_abi_object_data **event_data);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "ust-object.h"
#include "ust-abi.h"
int lttng_ust_ctl_create_event(int sock, struct lttng_ust_abi_event *ev, struct lttng_ust_abi_object_data *channel_data, struct lttng_ust_abi_object_data **event_data) {
    if (sock < 0 || !ev || !channel_data || !event_data || !memchr(ev->name, 0, sizeof ev->name)) return -22;
    struct lttng_ust_abi_object_data *o = calloc(1, sizeof *o);
    if (!o) return -12;
    o->type = 3; o->handle = channel_data->handle + 1 + ev->loglevel; o->wait_fd = -1; o->shm_fd = -1;
    *event_data = o; return 0;
}
//--- v2
#include <stdlib.h>
#include <string.h>
#include "ust-object.h"
#include "ust-abi.h"
int lttng_ust_ctl_create_event(int sock, struct lttng_ust_abi_event *ev, struct lttng_ust_abi_object_data *channel_data, struct lttng_ust_abi_object_data **event_data) {
    if (sock < 0 || !ev || !channel_data || !event_data || !memchr(ev->name, 0, sizeof ev->name)) return -22;
    struct lttng_ust_abi_object_data *o = calloc(1, sizeof *o);
    if (!o) return -12;
    o->type = 3; o->handle = channel_data->handle + 1 + ev->loglevel; o->wait_fd = -1; o->shm_fd = -1;
    o->memory_map_size = ev->token;
    *event_data = o; return 0;
}
