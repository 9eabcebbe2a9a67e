// expect: info
// why: util-linux 2.20 adds uuid_generate_time_safe, which returns whether the time-based UUID was made safely
// why: (through uuidd or a lock) instead of void. Nothing else changes: uuid_t stays unsigned char[16] and the
// why: existing functions keep their symbols and parameters. Adding an export is compatible.
// abidiff: 4 disagree: one function added; every existing function and type is unchanged.
//--- v1/uuid.h
#include <sys/time.h>
typedef unsigned char uuid_t[16];
void uuid_clear(uuid_t uu);
int uuid_compare(const uuid_t uu1, const uuid_t uu2);
void uuid_copy(uuid_t dst, const uuid_t src);
void uuid_generate_time(uuid_t out);
int uuid_parse(const char *in, uuid_t uu);
void uuid_unparse(const uuid_t uu, char *out);
time_t uuid_time(const uuid_t uu, struct timeval *ret_tv);
//--- v2/uuid.h
#include <sys/time.h>
typedef unsigned char uuid_t[16];
void uuid_clear(uuid_t uu);
int uuid_compare(const uuid_t uu1, const uuid_t uu2);
void uuid_copy(uuid_t dst, const uuid_t src);
void uuid_generate_time(uuid_t out);
int uuid_generate_time_safe(uuid_t out);
int uuid_parse(const char *in, uuid_t uu);
void uuid_unparse(const uuid_t uu, char *out);
time_t uuid_time(const uuid_t uu, struct timeval *ret_tv);
//--- v1
#include <stdio.h>
#include <string.h>
#include "uuid.h"
static unsigned long long clock_seq;
void uuid_clear(uuid_t uu) { memset(uu, 0, 16); }
int uuid_compare(const uuid_t uu1, const uuid_t uu2) { return memcmp(uu1, uu2, 16); }
void uuid_copy(uuid_t dst, const uuid_t src) { memcpy(dst, src, 16); }
void uuid_generate_time(uuid_t out) {
    struct timeval tv; gettimeofday(&tv, NULL);
    unsigned long long t = (unsigned long long)tv.tv_sec * 10000000ULL + tv.tv_usec * 10ULL + clock_seq++;
    for (int i = 0; i < 8; i++) out[i] = (unsigned char)(t >> (56 - 8 * i));
    memset(out + 8, 0x80, 8);
}
int uuid_parse(const char *in, uuid_t uu) {
    for (int i = 0, j = 0; i < 16; i++, j += 2) { if (in[j] == '-') j++; if (sscanf(in + j, "%2hhx", &uu[i]) != 1) return -1; }
    return 0;
}
void uuid_unparse(const uuid_t uu, char *out) { for (int i = 0; i < 16; i++) sprintf(out + 2 * i, "%02x", uu[i]); }
time_t uuid_time(const uuid_t uu, struct timeval *ret_tv) {
    unsigned long long t = 0; for (int i = 0; i < 8; i++) t = (t << 8) | uu[i];
    if (ret_tv) { ret_tv->tv_sec = (time_t)(t / 10000000ULL); ret_tv->tv_usec = (suseconds_t)(t % 10000000ULL / 10); }
    return (time_t)(t / 10000000ULL);
}
//--- v2
#include <stdio.h>
#include <string.h>
#include "uuid.h"
static unsigned long long clock_seq;
void uuid_clear(uuid_t uu) { memset(uu, 0, 16); }
int uuid_compare(const uuid_t uu1, const uuid_t uu2) { return memcmp(uu1, uu2, 16); }
void uuid_copy(uuid_t dst, const uuid_t src) { memcpy(dst, src, 16); }
int uuid_generate_time_safe(uuid_t out) {
    struct timeval tv; gettimeofday(&tv, NULL);
    unsigned long long t = (unsigned long long)tv.tv_sec * 10000000ULL + tv.tv_usec * 10ULL + clock_seq++;
    for (int i = 0; i < 8; i++) out[i] = (unsigned char)(t >> (56 - 8 * i));
    memset(out + 8, 0x80, 8);
    return clock_seq > 1 ? 0 : -1;
}
void uuid_generate_time(uuid_t out) { (void)uuid_generate_time_safe(out); }
int uuid_parse(const char *in, uuid_t uu) {
    for (int i = 0, j = 0; i < 16; i++, j += 2) { if (in[j] == '-') j++; if (sscanf(in + j, "%2hhx", &uu[i]) != 1) return -1; }
    return 0;
}
void uuid_unparse(const uuid_t uu, char *out) { for (int i = 0; i < 16; i++) sprintf(out + 2 * i, "%02x", uu[i]); }
time_t uuid_time(const uuid_t uu, struct timeval *ret_tv) {
    unsigned long long t = 0; for (int i = 0; i < 8; i++) t = (t << 8) | uu[i];
    if (ret_tv) { ret_tv->tv_sec = (time_t)(t / 10000000ULL); ret_tv->tv_usec = (suseconds_t)(t % 10000000ULL / 10); }
    return (time_t)(t / 10000000ULL);
}
