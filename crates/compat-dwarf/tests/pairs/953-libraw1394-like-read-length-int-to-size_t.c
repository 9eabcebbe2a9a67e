// expect: breaking
// why: raw1394_read and raw1394_write take the transfer length as int in v1 and as size_t in v2 (a cleanup like
// why: libraw1394 2.0's). The symbols are the same, but the fourth argument goes from a 32-bit to a 64-bit value in
// why: %rcx: old callers set only %ecx, and the upper half the new library reads is not defined by the ABI, so a
// why: value is passed with another size.
// abidiff: 4 agree
//--- v1/raw1394.h
#include <sys/types.h>
typedef u_int16_t nodeid_t;
typedef u_int64_t nodeaddr_t;
typedef u_int32_t quadlet_t;
typedef struct raw1394_handle *raw1394handle_t;
raw1394handle_t raw1394_new_handle(void);
int raw1394_read(raw1394handle_t handle, nodeid_t node, nodeaddr_t addr, int length, quadlet_t *buffer);
int raw1394_write(raw1394handle_t handle, nodeid_t node, nodeaddr_t addr, int length, quadlet_t *data);
void raw1394_destroy_handle(raw1394handle_t handle);
//--- v2/raw1394.h
#include <stddef.h>
#include <sys/types.h>
typedef u_int16_t nodeid_t;
typedef u_int64_t nodeaddr_t;
typedef u_int32_t quadlet_t;
typedef struct raw1394_handle *raw1394handle_t;
raw1394handle_t raw1394_new_handle(void);
int raw1394_read(raw1394handle_t handle, nodeid_t node, nodeaddr_t addr, size_t length, quadlet_t *buffer);
int raw1394_write(raw1394handle_t handle, nodeid_t node, nodeaddr_t addr, size_t length, quadlet_t *data);
void raw1394_destroy_handle(raw1394handle_t handle);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "raw1394.h"
struct raw1394_handle { quadlet_t csr[256]; nodeid_t local; };
raw1394handle_t raw1394_new_handle(void) { return calloc(1, sizeof(struct raw1394_handle)); }
int raw1394_read(raw1394handle_t handle, nodeid_t node, nodeaddr_t addr, int length, quadlet_t *buffer) {
    if (!handle || node != handle->local || length < 0 || (addr & 3) || addr / 4 + (nodeaddr_t)length / 4 > 256) return -1;
    memcpy(buffer, &handle->csr[addr / 4], (size_t)length);
    return 0;
}
int raw1394_write(raw1394handle_t handle, nodeid_t node, nodeaddr_t addr, int length, quadlet_t *data) {
    if (!handle || node != handle->local || length < 0 || (addr & 3) || addr / 4 + (nodeaddr_t)length / 4 > 256) return -1;
    memcpy(&handle->csr[addr / 4], data, (size_t)length);
    return 0;
}
void raw1394_destroy_handle(raw1394handle_t handle) { free(handle); }
//--- v2
#include <stdlib.h>
#include <string.h>
#include "raw1394.h"
struct raw1394_handle { quadlet_t csr[256]; nodeid_t local; };
raw1394handle_t raw1394_new_handle(void) { return calloc(1, sizeof(struct raw1394_handle)); }
int raw1394_read(raw1394handle_t handle, nodeid_t node, nodeaddr_t addr, size_t length, quadlet_t *buffer) {
    if (!handle || node != handle->local || (addr & 3) || addr / 4 + length / 4 > 256) return -1;
    memcpy(buffer, &handle->csr[addr / 4], length);
    return 0;
}
int raw1394_write(raw1394handle_t handle, nodeid_t node, nodeaddr_t addr, size_t length, quadlet_t *data) {
    if (!handle || node != handle->local || (addr & 3) || addr / 4 + length / 4 > 256) return -1;
    memcpy(&handle->csr[addr / 4], data, length);
    return 0;
}
void raw1394_destroy_handle(raw1394handle_t handle) { free(handle); }
