// expect: warning
// why: avahi_client_new takes an AvahiClientCallback, written by the application, whose state argument was the enum
// why: AvahiClientState (all values non-negative, so unsigned int underneath). v2 types the argument int: the same
// why: register and size, but the callback's parameter flips from unsigned to signed (as in 22).
// abidiff: 0 disagree: abidiff filters the enum-to-int change as harmless; the callback's state parameter flips from unsigned to signed, a risk compat states as a warning (as in 22).
//--- v1/client.h
typedef enum { AVAHI_CLIENT_S_REGISTERING = 1, AVAHI_CLIENT_S_RUNNING = 2, AVAHI_CLIENT_S_COLLISION = 3, AVAHI_CLIENT_FAILURE = 100, AVAHI_CLIENT_CONNECTING = 101 } AvahiClientState;
typedef struct AvahiClient AvahiClient;
typedef void (*AvahiClientCallback)(AvahiClient *s, AvahiClientState state, void *userdata);
AvahiClient *avahi_client_new(int flags, AvahiClientCallback callback, void *userdata, int *error);
void avahi_client_free(AvahiClient *client);
//--- v2/client.h
typedef enum { AVAHI_CLIENT_S_REGISTERING = 1, AVAHI_CLIENT_S_RUNNING = 2, AVAHI_CLIENT_S_COLLISION = 3, AVAHI_CLIENT_FAILURE = 100, AVAHI_CLIENT_CONNECTING = 101 } AvahiClientState;
typedef struct AvahiClient AvahiClient;
typedef void (*AvahiClientCallback)(AvahiClient *s, int state, void *userdata);
AvahiClient *avahi_client_new(int flags, AvahiClientCallback callback, void *userdata, int *error);
void avahi_client_free(AvahiClient *client);
//--- v1
#include <stdlib.h>
#include "client.h"
struct AvahiClient { AvahiClientCallback cb; void *ud; AvahiClientState state; };
AvahiClient *avahi_client_new(int flags, AvahiClientCallback cb, void *ud, int *error) { (void)flags; AvahiClient *c = calloc(1, sizeof *c); if (!c) { if (error) *error = -1; return 0; } c->cb = cb; c->ud = ud; c->state = AVAHI_CLIENT_S_RUNNING; if (cb) cb(c, c->state, ud); return c; }
void avahi_client_free(AvahiClient *c) { free(c); }
//--- v2
#include <stdlib.h>
#include "client.h"
struct AvahiClient { AvahiClientCallback cb; void *ud; AvahiClientState state; };
AvahiClient *avahi_client_new(int flags, AvahiClientCallback cb, void *ud, int *error) { (void)flags; AvahiClient *c = calloc(1, sizeof *c); if (!c) { if (error) *error = -1; return 0; } c->cb = cb; c->ud = ud; c->state = AVAHI_CLIENT_S_RUNNING; if (cb) cb(c, (int)c->state, ud); return c; }
void avahi_client_free(AvahiClient *c) { free(c); }
