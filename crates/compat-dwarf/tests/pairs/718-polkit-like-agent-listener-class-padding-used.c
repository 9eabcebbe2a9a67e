// expect: info
// why: PolkitAgentListenerClass is the class struct subclasses fill (passed to polkit_agent_listener_class_install).
// why: v2 adds the cancel_authentication vfunc in place of padding[0], shrinking padding from 8 to 7 pointers: the
// why: struct keeps its size and every old slot its offset, and subclasses built against v1 zeroed the padding, so
// why: the library sees cancel_authentication as NULL and checks it (as in 181).
// abidiff: 4 disagree: abidiff reports padding shrunk and moved; cancel_authentication takes padding[0]'s 8 bytes in place, so the class keeps its size and every old slot its offset (as in 181).
//--- v1/polkitagentlistener.h
typedef struct { unsigned long g_type; } GTypeClass;
typedef struct { GTypeClass g_type_class; void *construct_properties; void (*finalize)(void *obj); } GObjectClass;
typedef struct { GObjectClass parent_class; void (*initiate_authentication)(void *listener, const char *action_id, const char *message, void *user_data); int (*initiate_authentication_finish)(void *listener, void *res, void **error); void *padding[8]; } PolkitAgentListenerClass;
int polkit_agent_listener_class_install(const PolkitAgentListenerClass *klass);
int polkit_agent_listener_authenticate(const char *action_id);
//--- v2/polkitagentlistener.h
typedef struct { unsigned long g_type; } GTypeClass;
typedef struct { GTypeClass g_type_class; void *construct_properties; void (*finalize)(void *obj); } GObjectClass;
typedef struct { GObjectClass parent_class; void (*initiate_authentication)(void *listener, const char *action_id, const char *message, void *user_data); int (*initiate_authentication_finish)(void *listener, void *res, void **error); void (*cancel_authentication)(void *listener, const char *cookie); void *padding[7]; } PolkitAgentListenerClass;
int polkit_agent_listener_class_install(const PolkitAgentListenerClass *klass);
int polkit_agent_listener_authenticate(const char *action_id);
//--- v1
#include "polkitagentlistener.h"
static const PolkitAgentListenerClass *installed;
int polkit_agent_listener_class_install(const PolkitAgentListenerClass *klass) { installed = klass; return klass != 0; }
int polkit_agent_listener_authenticate(const char *action_id) { if (!installed) return -1; installed->initiate_authentication(0, action_id, "Authentication is required", 0); return installed->initiate_authentication_finish(0, 0, 0); }
//--- v2
#include "polkitagentlistener.h"
static const PolkitAgentListenerClass *installed;
int polkit_agent_listener_class_install(const PolkitAgentListenerClass *klass) { installed = klass; return klass != 0; }
int polkit_agent_listener_authenticate(const char *action_id) { if (!installed) return -1; installed->initiate_authentication(0, action_id, "Authentication is required", 0); int r = installed->initiate_authentication_finish(0, 0, 0); if (r < 0 && installed->cancel_authentication) installed->cancel_authentication(0, action_id); return r; }
