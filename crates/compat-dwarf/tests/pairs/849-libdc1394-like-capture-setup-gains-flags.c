// expect: breaking
// why: libdc1394 2.0 adds a trailing uint32_t flags parameter to dc1394_capture_setup under the same C symbol. Old
// why: callers never set %edx, so v2 reads whatever is left there as capture flags (DC1394_CAPTURE_FLAGS_CHANNEL_ALLOC,
// why: _BANDWIDTH_ALLOC, _AUTO_ISO): an exported function's parameter list changed.
// abidiff: 4 agree
//--- v1/capture.h
#include <stdint.h>
typedef enum { DC1394_SUCCESS = 0, DC1394_FAILURE = -1, DC1394_INVALID_ARGUMENT_VALUE = -8 } dc1394error_t;
typedef struct __dc1394_camera dc1394camera_t;
dc1394camera_t *dc1394_camera_new_simple(uint64_t guid);
dc1394error_t dc1394_capture_setup(dc1394camera_t *camera, uint32_t num_dma_buffers);
//--- v2/capture.h
#include <stdint.h>
typedef enum { DC1394_SUCCESS = 0, DC1394_FAILURE = -1, DC1394_INVALID_ARGUMENT_VALUE = -8 } dc1394error_t;
typedef struct __dc1394_camera dc1394camera_t;
#define DC1394_CAPTURE_FLAGS_CHANNEL_ALLOC 0x00000001U
#define DC1394_CAPTURE_FLAGS_BANDWIDTH_ALLOC 0x00000002U
#define DC1394_CAPTURE_FLAGS_DEFAULT 0x00000004U
#define DC1394_CAPTURE_FLAGS_AUTO_ISO 0x00000008U
dc1394camera_t *dc1394_camera_new_simple(uint64_t guid);
dc1394error_t dc1394_capture_setup(dc1394camera_t *camera, uint32_t num_dma_buffers, uint32_t flags);
//--- v1
#include <stdlib.h>
#include "capture.h"
struct __dc1394_camera { uint64_t guid; uint32_t num_buffers; uint32_t iso_channel; int capture_is_set; };
dc1394camera_t *dc1394_camera_new_simple(uint64_t guid) { dc1394camera_t *c = calloc(1, sizeof *c); if (c) c->guid = guid; return c; }
dc1394error_t dc1394_capture_setup(dc1394camera_t *camera, uint32_t num_dma_buffers) { if (!camera || num_dma_buffers == 0) return DC1394_INVALID_ARGUMENT_VALUE; camera->num_buffers = num_dma_buffers; camera->iso_channel = 0; camera->capture_is_set = 1; return DC1394_SUCCESS; }
//--- v2
#include <stdlib.h>
#include "capture.h"
struct __dc1394_camera { uint64_t guid; uint32_t num_buffers; uint32_t iso_channel; int capture_is_set; };
dc1394camera_t *dc1394_camera_new_simple(uint64_t guid) { dc1394camera_t *c = calloc(1, sizeof *c); if (c) c->guid = guid; return c; }
dc1394error_t dc1394_capture_setup(dc1394camera_t *camera, uint32_t num_dma_buffers, uint32_t flags) {
    if (!camera || num_dma_buffers == 0) return DC1394_INVALID_ARGUMENT_VALUE;
    if (flags & DC1394_CAPTURE_FLAGS_DEFAULT) flags = DC1394_CAPTURE_FLAGS_CHANNEL_ALLOC | DC1394_CAPTURE_FLAGS_BANDWIDTH_ALLOC;
    camera->num_buffers = num_dma_buffers; camera->iso_channel = (flags & DC1394_CAPTURE_FLAGS_CHANNEL_ALLOC) ? 1 : 0; camera->capture_is_set = 1; return DC1394_SUCCESS;
}
