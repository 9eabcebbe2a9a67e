// expect: breaking
// why: wc_Sha256 is declared with its members in the header and consumers allocate it themselves (wc_Sha256 sha;
// why: wc_InitSha256(&sha)); no export hands one out, so it is caller-allocated. v2 appends void *heap and
// why: int devId (as wolfSSL did): the struct grows from 108 to 120 bytes and wc_InitSha256 writes both past
// why: the end of an old caller's object.
// abidiff: 4 agree
//--- v1/sha256.h
typedef struct wc_Sha256 { unsigned int buffLen; unsigned int loLen; unsigned int hiLen; unsigned int digest[8]; unsigned int buffer[16]; } wc_Sha256;
int wc_InitSha256(wc_Sha256 *sha);
int wc_Sha256Update(wc_Sha256 *sha, const unsigned char *data, unsigned int len);
int wc_Sha256Final(wc_Sha256 *sha, unsigned char *hash);
//--- v2/sha256.h
typedef struct wc_Sha256 { unsigned int buffLen; unsigned int loLen; unsigned int hiLen; unsigned int digest[8]; unsigned int buffer[16]; void *heap; int devId; } wc_Sha256;
int wc_InitSha256(wc_Sha256 *sha);
int wc_Sha256Update(wc_Sha256 *sha, const unsigned char *data, unsigned int len);
int wc_Sha256Final(wc_Sha256 *sha, unsigned char *hash);
//--- v1
#include <string.h>
#include "sha256.h"
int wc_InitSha256(wc_Sha256 *sha) { memset(sha, 0, sizeof *sha); sha->digest[0] = 0x6A09E667u; return 0; }
int wc_Sha256Update(wc_Sha256 *sha, const unsigned char *data, unsigned int len) { sha->loLen += len; sha->buffLen = (sha->buffLen + len) % 64; (void)data; return 0; }
int wc_Sha256Final(wc_Sha256 *sha, unsigned char *hash) { memcpy(hash, sha->digest, 32); return 0; }
//--- v2
#include <string.h>
#include "sha256.h"
int wc_InitSha256(wc_Sha256 *sha) { memset(sha, 0, sizeof *sha); sha->digest[0] = 0x6A09E667u; sha->heap = 0; sha->devId = -2; return 0; }
int wc_Sha256Update(wc_Sha256 *sha, const unsigned char *data, unsigned int len) { sha->loLen += len; sha->buffLen = (sha->buffLen + len) % 64; (void)data; return sha->devId == -2 ? 0 : -1; }
int wc_Sha256Final(wc_Sha256 *sha, unsigned char *hash) { memcpy(hash, sha->digest, 32); return 0; }
