// expect: warning
// why: struct sp_event_set is declared with its members (handles, masks, count) in libserialport.h, and only the
// why: library allocates it: sp_new_event_set hands one out through its struct sp_event_set ** out-parameter and
// why: the other functions take it back. v2 appends size_t capacity (the arrays now grow geometrically), so the
// why: struct grows from 24 to 32 bytes with every existing offset kept: harmless if consumers only hold the
// why: pointer or read count, breaking if they copy or embed it. Only the public headers can tell, so undecided.
// abidiff: 4 agree
//--- v1/libserialport.h
enum sp_return { SP_OK = 0, SP_ERR_ARG = -1, SP_ERR_FAIL = -2, SP_ERR_MEM = -3, SP_ERR_SUPP = -4 };
enum sp_event { SP_EVENT_RX_READY = 1, SP_EVENT_TX_READY = 2, SP_EVENT_ERROR = 4 };
struct sp_port;
struct sp_event_set {
    void *handles;
    enum sp_event *masks;
    unsigned int count;
};
enum sp_return sp_new_event_set(struct sp_event_set **result_ptr);
enum sp_return sp_add_port_events(struct sp_event_set *event_set, const struct sp_port *port, enum sp_event mask);
void sp_free_event_set(struct sp_event_set *event_set);
//--- v2/libserialport.h
#include <stddef.h>
enum sp_return { SP_OK = 0, SP_ERR_ARG = -1, SP_ERR_FAIL = -2, SP_ERR_MEM = -3, SP_ERR_SUPP = -4 };
enum sp_event { SP_EVENT_RX_READY = 1, SP_EVENT_TX_READY = 2, SP_EVENT_ERROR = 4 };
struct sp_port;
struct sp_event_set {
    void *handles;
    enum sp_event *masks;
    unsigned int count;
    size_t capacity;
};
enum sp_return sp_new_event_set(struct sp_event_set **result_ptr);
enum sp_return sp_add_port_events(struct sp_event_set *event_set, const struct sp_port *port, enum sp_event mask);
void sp_free_event_set(struct sp_event_set *event_set);
//--- v1
#include <stdlib.h>
#include "libserialport.h"
struct sp_port { char *name; int fd; };
enum sp_return sp_new_event_set(struct sp_event_set **result_ptr) {
    if (!result_ptr) return SP_ERR_ARG;
    *result_ptr = calloc(1, sizeof(struct sp_event_set));
    return *result_ptr ? SP_OK : SP_ERR_MEM;
}
enum sp_return sp_add_port_events(struct sp_event_set *event_set, const struct sp_port *port, enum sp_event mask) {
    if (!event_set || !port) return SP_ERR_ARG;
    int *handles = realloc(event_set->handles, (event_set->count + 1) * sizeof(int));
    if (!handles) return SP_ERR_MEM;
    event_set->handles = handles;
    enum sp_event *masks = realloc(event_set->masks, (event_set->count + 1) * sizeof(enum sp_event));
    if (!masks) return SP_ERR_MEM;
    event_set->masks = masks;
    handles[event_set->count] = port->fd;
    masks[event_set->count] = mask;
    event_set->count++;
    return SP_OK;
}
void sp_free_event_set(struct sp_event_set *event_set) { if (event_set) { free(event_set->handles); free(event_set->masks); free(event_set); } }
//--- v2
#include <stdlib.h>
#include "libserialport.h"
struct sp_port { char *name; int fd; };
enum sp_return sp_new_event_set(struct sp_event_set **result_ptr) {
    if (!result_ptr) return SP_ERR_ARG;
    *result_ptr = calloc(1, sizeof(struct sp_event_set));
    return *result_ptr ? SP_OK : SP_ERR_MEM;
}
enum sp_return sp_add_port_events(struct sp_event_set *event_set, const struct sp_port *port, enum sp_event mask) {
    if (!event_set || !port) return SP_ERR_ARG;
    if (event_set->count == event_set->capacity) {
        size_t cap = event_set->capacity ? event_set->capacity * 2 : 4;
        int *handles = realloc(event_set->handles, cap * sizeof(int));
        if (!handles) return SP_ERR_MEM;
        event_set->handles = handles;
        enum sp_event *masks = realloc(event_set->masks, cap * sizeof(enum sp_event));
        if (!masks) return SP_ERR_MEM;
        event_set->masks = masks;
        event_set->capacity = cap;
    }
    ((int *)event_set->handles)[event_set->count] = port->fd;
    event_set->masks[event_set->count] = mask;
    event_set->count++;
    return SP_OK;
}
void sp_free_event_set(struct sp_event_set *event_set) { if (event_set) { free(event_set->handles); free(event_set->masks); free(event_set); } }
