// expect: info
// why: enum mpd_idle is a set of event flags that mpd_run_idle returns and mpd_send_idle_mask takes. libmpdclient
// why: 2.17 appends MPD_IDLE_NEIGHBOR = 0x2000 after MPD_IDLE_MESSAGE = 0x1000; there is no count or mask-of-all
// why: sentinel, no existing flag changes value and the underlying type stays unsigned int. Old binaries may get a
// why: bit they do not know, as the protocol always allowed: an API extension.
// abidiff: 0 agree
//--- v1/mpd_idle.h
struct mpd_connection;
enum mpd_idle { MPD_IDLE_DATABASE = 0x1, MPD_IDLE_STORED_PLAYLIST = 0x2, MPD_IDLE_QUEUE = 0x4, MPD_IDLE_PLAYER = 0x8, MPD_IDLE_MIXER = 0x10, MPD_IDLE_OUTPUT = 0x20, MPD_IDLE_OPTIONS = 0x40, MPD_IDLE_UPDATE = 0x80, MPD_IDLE_STICKER = 0x100, MPD_IDLE_SUBSCRIPTION = 0x200, MPD_IDLE_MESSAGE = 0x1000 };
const char *mpd_idle_name(enum mpd_idle idle);
enum mpd_idle mpd_idle_parse_pair(const char *name, const char *value);
int mpd_send_idle_mask(struct mpd_connection *connection, enum mpd_idle mask);
//--- v2/mpd_idle.h
struct mpd_connection;
enum mpd_idle { MPD_IDLE_DATABASE = 0x1, MPD_IDLE_STORED_PLAYLIST = 0x2, MPD_IDLE_QUEUE = 0x4, MPD_IDLE_PLAYER = 0x8, MPD_IDLE_MIXER = 0x10, MPD_IDLE_OUTPUT = 0x20, MPD_IDLE_OPTIONS = 0x40, MPD_IDLE_UPDATE = 0x80, MPD_IDLE_STICKER = 0x100, MPD_IDLE_SUBSCRIPTION = 0x200, MPD_IDLE_MESSAGE = 0x1000, MPD_IDLE_NEIGHBOR = 0x2000 };
const char *mpd_idle_name(enum mpd_idle idle);
enum mpd_idle mpd_idle_parse_pair(const char *name, const char *value);
int mpd_send_idle_mask(struct mpd_connection *connection, enum mpd_idle mask);
//--- v1
#include <string.h>
#include "mpd_idle.h"
static const char *const names[] = { "database", "stored_playlist", "playlist", "player", "mixer", "output", "options", "update", "sticker", "subscription", 0, 0, "message" };
const char *mpd_idle_name(enum mpd_idle idle) { for (unsigned i = 0; i < sizeof names / sizeof names[0]; i++) if ((unsigned)idle == 1u << i) return names[i]; return 0; }
enum mpd_idle mpd_idle_parse_pair(const char *name, const char *value) { if (strcmp(name, "changed")) return 0; for (unsigned i = 0; i < sizeof names / sizeof names[0]; i++) if (names[i] && !strcmp(value, names[i])) return (enum mpd_idle)(1u << i); return 0; }
int mpd_send_idle_mask(struct mpd_connection *connection, enum mpd_idle mask) { return connection != 0 && mask != 0; }
//--- v2
#include <string.h>
#include "mpd_idle.h"
static const char *const names[] = { "database", "stored_playlist", "playlist", "player", "mixer", "output", "options", "update", "sticker", "subscription", 0, 0, "message", "neighbor" };
const char *mpd_idle_name(enum mpd_idle idle) { for (unsigned i = 0; i < sizeof names / sizeof names[0]; i++) if ((unsigned)idle == 1u << i) return names[i]; return 0; }
enum mpd_idle mpd_idle_parse_pair(const char *name, const char *value) { if (strcmp(name, "changed")) return 0; for (unsigned i = 0; i < sizeof names / sizeof names[0]; i++) if (names[i] && !strcmp(value, names[i])) return (enum mpd_idle)(1u << i); return 0; }
int mpd_send_idle_mask(struct mpd_connection *connection, enum mpd_idle mask) { return connection != 0 && mask != 0; }
