// expect: warning
// why: git_signature is declared with its members in the header and only created by the library
// why: (git_signature_now); its embedded git_time's time widens from int to long, moving offset and growing
// why: the struct. Consumers that read sig->when directly break, others do not: undecided without headers.
// abidiff: 4 agree
//--- v1/signature.h
typedef struct git_time { int time; int offset; } git_time;
typedef struct git_signature { char *name; char *email; git_time when; } git_signature;
int git_signature_now(git_signature **out, const char *name, const char *email);
void git_signature_free(git_signature *sig);
//--- v2/signature.h
typedef struct git_time { long time; int offset; } git_time;
typedef struct git_signature { char *name; char *email; git_time when; } git_signature;
int git_signature_now(git_signature **out, const char *name, const char *email);
void git_signature_free(git_signature *sig);
//--- v1
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "signature.h"
int git_signature_now(git_signature **out, const char *name, const char *email) {
  git_signature *s = calloc(1, sizeof *s);
  if (!s) return -1;
  s->name = strdup(name); s->email = strdup(email); s->when.time = (int)time(0);
  *out = s;
  return 0;
}
void git_signature_free(git_signature *sig) { if (sig) { free(sig->name); free(sig->email); free(sig); } }
//--- v2
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "signature.h"
int git_signature_now(git_signature **out, const char *name, const char *email) {
  git_signature *s = calloc(1, sizeof *s);
  if (!s) return -1;
  s->name = strdup(name); s->email = strdup(email); s->when.time = (long)time(0);
  *out = s;
  return 0;
}
void git_signature_free(git_signature *sig) { if (sig) { free(sig->name); free(sig->email); free(sig); } }
