// expect: info
// why: struct v4l2_capability is allocated by callers and filled by the query. Linux 3.3 gives the first of its four
// why: reserved __u32 words a meaning: device_caps takes reserved[0] in place and reserved shrinks to [3]. The struct
// why: keeps its 104 bytes and every other member its offset; old callers never read the reserved words (as in 32).
// abidiff: 4 disagree: abidiff reports device_caps inserted and reserved shrunk and moved; device_caps takes exactly the old reserved[0], and nothing else moves.
//--- v1/videodev2.h
#include <stdint.h>
typedef uint8_t __u8;
typedef uint32_t __u32;
struct v4l2_capability { __u8 driver[16]; __u8 card[32]; __u8 bus_info[32]; __u32 version; __u32 capabilities; __u32 reserved[4]; };
int v4l2_query_capability(int fd, struct v4l2_capability *cap);
//--- v2/videodev2.h
#include <stdint.h>
typedef uint8_t __u8;
typedef uint32_t __u32;
struct v4l2_capability { __u8 driver[16]; __u8 card[32]; __u8 bus_info[32]; __u32 version; __u32 capabilities; __u32 device_caps; __u32 reserved[3]; };
int v4l2_query_capability(int fd, struct v4l2_capability *cap);
//--- v1
#include <string.h>
#include "videodev2.h"
int v4l2_query_capability(int fd, struct v4l2_capability *cap) {
    if (fd < 0 || !cap) return -1;
    memset(cap, 0, sizeof *cap); memcpy(cap->driver, "uvcvideo", 9); memcpy(cap->card, "Integrated Camera", 18); memcpy(cap->bus_info, "usb-0000:00:14.0-5", 19);
    cap->version = 0x030200; cap->capabilities = 0x04000001; return 0;
}
//--- v2
#include <string.h>
#include "videodev2.h"
int v4l2_query_capability(int fd, struct v4l2_capability *cap) {
    if (fd < 0 || !cap) return -1;
    memset(cap, 0, sizeof *cap); memcpy(cap->driver, "uvcvideo", 9); memcpy(cap->card, "Integrated Camera", 18); memcpy(cap->bus_info, "usb-0000:00:14.0-5", 19);
    cap->version = 0x030300; cap->capabilities = 0x84200001; cap->device_caps = 0x04200001; return 0;
}
