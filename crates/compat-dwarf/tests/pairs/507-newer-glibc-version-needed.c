// expect: warning
// why: The other side of 465: v1 needs memcpy@GLIBC_2.14 at most from libc.so.6; v2 seeds its tokens with
// why: getrandom, bound as getrandom@GLIBC_2.25, a version no need of v1 implies. On a system with glibc 2.14 to
// why: 2.24 the old library loads and the new one fails with "version `GLIBC_2.25' not found".
// abidiff: 0 disagree: abidiff does not compare the versions a library needs from its dependencies; the new need stops v2 from loading where v1 loaded.
//--- v1
#include <string.h>
#include <stdlib.h>
int token_fill(unsigned char *buf, unsigned long len, const unsigned char *seed) {
  if (!buf || !seed) return -1;
  memcpy(buf, seed, len);
  for (unsigned long i = 0; i < len; i++) buf[i] ^= (unsigned char)rand();
  return 0;
}
//--- v2
#include <string.h>
#include <stdlib.h>
#include <sys/random.h>
int token_fill(unsigned char *buf, unsigned long len, const unsigned char *seed) {
  if (!buf || !seed) return -1;
  memcpy(buf, seed, len);
  unsigned char extra[64];
  if (getrandom(extra, sizeof extra, 0) < 0) return -1;
  for (unsigned long i = 0; i < len; i++) buf[i] ^= extra[i % sizeof extra];
  return 0;
}
