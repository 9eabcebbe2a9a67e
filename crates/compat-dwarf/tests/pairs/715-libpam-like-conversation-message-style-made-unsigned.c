// expect: warning
// why: struct pam_conv is filled by the application and passed to pam_start; its conv callback receives the
// why: struct pam_message array the library builds, so pam_message is public. v2 makes msg_style unsigned int: same
// why: offset and size, but the meaning of the bits changes for conversation functions compiled against v1.
// abidiff: 4 agree
//--- v1/pam_appl.h
struct pam_message { int msg_style; const char *msg; };
struct pam_response { char *resp; int resp_retcode; };
struct pam_conv { int (*conv)(int num_msg, const struct pam_message **msg, struct pam_response **resp, void *appdata_ptr); void *appdata_ptr; };
typedef struct pam_handle pam_handle_t;
int pam_start(const char *service_name, const char *user, const struct pam_conv *pam_conversation, pam_handle_t **pamh);
int pam_authenticate(pam_handle_t *pamh, int flags);
//--- v2/pam_appl.h
struct pam_message { unsigned int msg_style; const char *msg; };
struct pam_response { char *resp; int resp_retcode; };
struct pam_conv { int (*conv)(int num_msg, const struct pam_message **msg, struct pam_response **resp, void *appdata_ptr); void *appdata_ptr; };
typedef struct pam_handle pam_handle_t;
int pam_start(const char *service_name, const char *user, const struct pam_conv *pam_conversation, pam_handle_t **pamh);
int pam_authenticate(pam_handle_t *pamh, int flags);
//--- v1
#include <stdlib.h>
#include "pam_appl.h"
struct pam_handle { struct pam_conv conv; const char *user; };
int pam_start(const char *service_name, const char *user, const struct pam_conv *c, pam_handle_t **pamh) { (void)service_name; if (!c || !pamh) return 4; *pamh = calloc(1, sizeof **pamh); if (!*pamh) return 5; (*pamh)->conv = *c; (*pamh)->user = user; return 0; }
int pam_authenticate(pam_handle_t *h, int flags) { (void)flags; struct pam_message m = { 1, "Password: " }; const struct pam_message *pm = &m; struct pam_response *r = 0; int rc = h->conv.conv(1, &pm, &r, h->conv.appdata_ptr); if (r) { free(r->resp); free(r); } return rc ? 7 : 0; }
//--- v2
#include <stdlib.h>
#include "pam_appl.h"
struct pam_handle { struct pam_conv conv; const char *user; };
int pam_start(const char *service_name, const char *user, const struct pam_conv *c, pam_handle_t **pamh) { (void)service_name; if (!c || !pamh) return 4; *pamh = calloc(1, sizeof **pamh); if (!*pamh) return 5; (*pamh)->conv = *c; (*pamh)->user = user; return 0; }
int pam_authenticate(pam_handle_t *h, int flags) { (void)flags; struct pam_message m = { 1u, "Password: " }; const struct pam_message *pm = &m; struct pam_response *r = 0; int rc = h->conv.conv(1, &pm, &r, h->conv.appdata_ptr); if (r) { free(r->resp); free(r); } return rc ? 7 : 0; }
