// expect: info
// why: struct tls_session is defined only in the library's source and handed out through an out-parameter
// why: (tls_session_new(struct tls_session **out)); consumers only pass the pointer back. v2 adds a ticket buffer and
// why: its length: the struct grows and members move, but no consumer can name a member or the size.
// abidiff: 4 disagree: abidiff reports struct tls_session changed; it is defined only in the library's source and handed out through an out-parameter, so consumers cannot depend on its layout (as in 57).
//--- v1/tls.h
struct tls_session;
int tls_session_new(struct tls_session **out, const char *host);
int tls_session_resumable(const struct tls_session *s);
void tls_session_free(struct tls_session *s);
//--- v2/tls.h
struct tls_session;
int tls_session_new(struct tls_session **out, const char *host);
int tls_session_resumable(const struct tls_session *s);
void tls_session_free(struct tls_session *s);
//--- v1
#include <stdlib.h>
#include "tls.h"
struct tls_session { const char *host; unsigned char id[32]; int id_len; };
int tls_session_new(struct tls_session **out, const char *host) { *out = calloc(1, sizeof **out); if (!*out) return -1; (*out)->host = host; return 0; }
int tls_session_resumable(const struct tls_session *s) { return s->id_len > 0; }
void tls_session_free(struct tls_session *s) { free(s); }
//--- v2
#include <stdlib.h>
#include "tls.h"
struct tls_session { const char *host; unsigned char *ticket; unsigned long ticket_len; unsigned char id[32]; int id_len; };
int tls_session_new(struct tls_session **out, const char *host) { *out = calloc(1, sizeof **out); if (!*out) return -1; (*out)->host = host; return 0; }
int tls_session_resumable(const struct tls_session *s) { return s->id_len > 0 || s->ticket_len > 0; }
void tls_session_free(struct tls_session *s) { free(s->ticket); free(s); }
