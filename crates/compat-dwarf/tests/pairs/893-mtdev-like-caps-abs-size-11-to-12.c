// expect: breaking
// why: struct mtdev is allocated by callers (mtdev_open initialises the caller's object; mtdev_new_open is the
// why: alternative) and embeds struct mtdev_caps, whose per-axis arrays are sized MT_ABS_SIZE. mtdev 1.1 adds
// why: ABS_MT_DISTANCE and raises MT_ABS_SIZE from 11 to 12: has_abs and abs grow, the slot info after has_abs moves by
// why: 4 bytes, abs and the state pointer move, and struct mtdev grows from 352 to 376 bytes, so v2's mtdev_open writes
// why: past an old caller's object and old callers read caps.slot and state at the wrong offsets.
// abidiff: 4 agree
// message: mtdev_open sets up the object mtdev_new_open allocates
//--- mtdev-base.h
#include <linux/input.h>
struct mtdev_state;
//--- v1/mtdev.h
#define MT_ABS_SIZE 11
struct mtdev_caps { int has_mtdata; int has_slot; int has_abs[MT_ABS_SIZE]; struct input_absinfo slot; struct input_absinfo abs[MT_ABS_SIZE]; };
struct mtdev { struct mtdev_caps caps; struct mtdev_state *state; };
int mtdev_open(struct mtdev *dev, int fd);
struct mtdev *mtdev_new_open(int fd);
int mtdev_get(struct mtdev *dev, int fd, struct input_event *ev, int ev_max);
void mtdev_close(struct mtdev *dev);
//--- v2/mtdev.h
#define MT_ABS_SIZE 12
struct mtdev_caps { int has_mtdata; int has_slot; int has_abs[MT_ABS_SIZE]; struct input_absinfo slot; struct input_absinfo abs[MT_ABS_SIZE]; };
struct mtdev { struct mtdev_caps caps; struct mtdev_state *state; };
int mtdev_open(struct mtdev *dev, int fd);
struct mtdev *mtdev_new_open(int fd);
int mtdev_get(struct mtdev *dev, int fd, struct input_event *ev, int ev_max);
void mtdev_close(struct mtdev *dev);
//--- v1
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "mtdev-base.h"
#include "mtdev.h"
struct mtdev_state { int slot; int lastid; int queued; };
int mtdev_open(struct mtdev *dev, int fd) {
    if (!dev || fd < 0) return -22;
    memset(dev, 0, sizeof *dev);
    dev->caps.has_mtdata = 1; dev->caps.has_slot = 1; dev->caps.slot.maximum = 9;
    for (int i = 0; i < MT_ABS_SIZE; i++) { dev->caps.has_abs[i] = i < 6; dev->caps.abs[i].maximum = i < 2 ? 4095 : 255; }
    dev->state = calloc(1, sizeof *dev->state);
    return dev->state ? 0 : -12;
}
struct mtdev *mtdev_new_open(int fd) { struct mtdev *d = malloc(sizeof *d); if (d && mtdev_open(d, fd)) { free(d); d = 0; } return d; }
int mtdev_get(struct mtdev *dev, int fd, struct input_event *ev, int ev_max) {
    if (!dev || !dev->state || ev_max <= 0) return -22;
    ssize_t n = read(fd, ev, sizeof *ev * (size_t)ev_max);
    if (n < 0) return -5;
    int cnt = (int)(n / (ssize_t)sizeof *ev);
    for (int i = 0; i < cnt; i++) if (ev[i].type == EV_ABS && ev[i].code == ABS_MT_SLOT) dev->state->slot = ev[i].value;
    return cnt;
}
void mtdev_close(struct mtdev *dev) { if (dev) { free(dev->state); dev->state = 0; } }
//--- v2
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "mtdev-base.h"
#include "mtdev.h"
struct mtdev_state { int slot; int lastid; int queued; int distance; };
int mtdev_open(struct mtdev *dev, int fd) {
    if (!dev || fd < 0) return -22;
    memset(dev, 0, sizeof *dev);
    dev->caps.has_mtdata = 1; dev->caps.has_slot = 1; dev->caps.slot.maximum = 9;
    for (int i = 0; i < MT_ABS_SIZE; i++) { dev->caps.has_abs[i] = i < 6 || i == 11; dev->caps.abs[i].maximum = i < 2 ? 4095 : 255; }
    dev->state = calloc(1, sizeof *dev->state);
    return dev->state ? 0 : -12;
}
struct mtdev *mtdev_new_open(int fd) { struct mtdev *d = malloc(sizeof *d); if (d && mtdev_open(d, fd)) { free(d); d = 0; } return d; }
int mtdev_get(struct mtdev *dev, int fd, struct input_event *ev, int ev_max) {
    if (!dev || !dev->state || ev_max <= 0) return -22;
    ssize_t n = read(fd, ev, sizeof *ev * (size_t)ev_max);
    if (n < 0) return -5;
    int cnt = (int)(n / (ssize_t)sizeof *ev);
    for (int i = 0; i < cnt; i++) { if (ev[i].type == EV_ABS && ev[i].code == ABS_MT_SLOT) dev->state->slot = ev[i].value; if (ev[i].type == EV_ABS && ev[i].code == ABS_MT_DISTANCE) dev->state->distance = ev[i].value; }
    return cnt;
}
void mtdev_close(struct mtdev *dev) { if (dev) { free(dev->state); dev->state = 0; } }
