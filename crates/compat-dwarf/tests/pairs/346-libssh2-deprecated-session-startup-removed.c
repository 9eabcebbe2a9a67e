// expect: breaking
// why: libssh2_session_startup was deprecated in favour of libssh2_session_handshake; v2 stops exporting it and
// why: keeps the old name only as a macro in libssh2.h. Sources rebuilt against v2 call the handshake, but
// why: binaries built against v1 reference the symbol libssh2_session_startup, which no longer resolves.
// abidiff: 12 agree
//--- v1/libssh2.h
typedef struct _LIBSSH2_SESSION LIBSSH2_SESSION;
typedef int libssh2_socket_t;
LIBSSH2_SESSION *libssh2_session_init_ex(void *abstract);
int libssh2_session_handshake(LIBSSH2_SESSION *session, libssh2_socket_t sock);
int libssh2_session_startup(LIBSSH2_SESSION *session, int sock);
int libssh2_session_free(LIBSSH2_SESSION *session);
//--- v2/libssh2.h
typedef struct _LIBSSH2_SESSION LIBSSH2_SESSION;
typedef int libssh2_socket_t;
LIBSSH2_SESSION *libssh2_session_init_ex(void *abstract);
int libssh2_session_handshake(LIBSSH2_SESSION *session, libssh2_socket_t sock);
#define libssh2_session_startup(session, sock) libssh2_session_handshake((session), (libssh2_socket_t)(sock))
int libssh2_session_free(LIBSSH2_SESSION *session);
//--- v1
#include <stdlib.h>
#include "libssh2.h"
struct _LIBSSH2_SESSION { void *abstract; libssh2_socket_t sock; int state; };
LIBSSH2_SESSION *libssh2_session_init_ex(void *abstract) { LIBSSH2_SESSION *s = calloc(1, sizeof *s); if (s) { s->abstract = abstract; s->sock = -1; } return s; }
int libssh2_session_handshake(LIBSSH2_SESSION *session, libssh2_socket_t sock) { if (!session || sock < 0) return -1; session->sock = sock; session->state = 1; return 0; }
int libssh2_session_startup(LIBSSH2_SESSION *session, int sock) { return libssh2_session_handshake(session, (libssh2_socket_t)sock); }
int libssh2_session_free(LIBSSH2_SESSION *session) { free(session); return 0; }
//--- v2
#include <stdlib.h>
#include "libssh2.h"
struct _LIBSSH2_SESSION { void *abstract; libssh2_socket_t sock; int state; };
LIBSSH2_SESSION *libssh2_session_init_ex(void *abstract) { LIBSSH2_SESSION *s = calloc(1, sizeof *s); if (s) { s->abstract = abstract; s->sock = -1; } return s; }
int libssh2_session_handshake(LIBSSH2_SESSION *session, libssh2_socket_t sock) { if (!session || sock < 0) return -1; session->sock = sock; session->state = 1; return 0; }
int libssh2_session_free(LIBSSH2_SESSION *session) { free(session); return 0; }
