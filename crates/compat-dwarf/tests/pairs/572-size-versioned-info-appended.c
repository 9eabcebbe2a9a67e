// expect: info
// why: struct dev_caps is filled by dev_query into a caller-allocated buffer and versioned by its first member,
// why: uint32_t size, which callers set to sizeof(struct dev_caps) (as Linux's extensible structs are). v2 appends
// why: uint32_t max_queues and writes it only when the caller's size covers it, so an old caller's 16-byte buffer is
// why: never written past its end (as in 192).
// abidiff: 4 disagree: abidiff reports max_queues appended to struct dev_caps; the library writes it only when the caller's size member covers it (as in 192).
//--- v1/devq.h
#include <stdint.h>
struct dev_caps { uint32_t size; uint32_t flags; uint64_t max_bytes; };
int dev_query(int dev, struct dev_caps *caps);
//--- v2/devq.h
#include <stdint.h>
struct dev_caps { uint32_t size; uint32_t flags; uint64_t max_bytes; uint32_t max_queues; };
int dev_query(int dev, struct dev_caps *caps);
//--- v1
#include "devq.h"
int dev_query(int dev, struct dev_caps *caps) { if (caps->size < 16) return -22; caps->flags = (uint32_t)dev; caps->max_bytes = 1u << 20; return 0; }
//--- v2
#include <stddef.h>
#include "devq.h"
int dev_query(int dev, struct dev_caps *caps) { if (caps->size < 16) return -22; caps->flags = (uint32_t)dev; caps->max_bytes = 1u << 20; if (caps->size >= offsetof(struct dev_caps, max_queues) + 4) caps->max_queues = 8; return 0; }
