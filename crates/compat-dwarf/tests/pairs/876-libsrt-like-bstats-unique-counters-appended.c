// expect: breaking
// why: SRT_TRACEBSTATS (struct CBytePerfMon) is caller-allocated: srt_bstats fills the caller's object with the
// why: socket's statistics. SRT 1.4 appends the unique-packet counters (pktSentUniqueTotal, pktRecvUniqueTotal,
// why: byteSentUniqueTotal, byteRecvUniqueTotal): the struct grows from 96 to 128 bytes and v2's srt_bstats writes the
// why: new counters past the end of an object an old caller sized for v1, overwriting its stack or heap.
// abidiff: 4 agree
//--- srt-base.h
#include <stdint.h>
typedef int32_t SRTSOCKET;
#define SRT_ERROR (-1)
SRTSOCKET srt_create_socket(void);
int srt_close(SRTSOCKET u);
//--- v1/srt.h
struct CBytePerfMon {
    int64_t msTimeStamp;
    int64_t pktSentTotal;
    int64_t pktRecvTotal;
    int pktSndLossTotal;
    int pktRcvLossTotal;
    int pktRetransTotal;
    int pktSentACKTotal;
    int pktRecvACKTotal;
    int pktSentNAKTotal;
    int pktRecvNAKTotal;
    int64_t usSndDurationTotal;
    uint64_t byteSentTotal;
    uint64_t byteRecvTotal;
    double mbpsSendRate;
    double mbpsRecvRate;
};
typedef struct CBytePerfMon SRT_TRACEBSTATS;
int srt_bstats(SRTSOCKET u, SRT_TRACEBSTATS *perf, int clear);
//--- v2/srt.h
struct CBytePerfMon {
    int64_t msTimeStamp;
    int64_t pktSentTotal;
    int64_t pktRecvTotal;
    int pktSndLossTotal;
    int pktRcvLossTotal;
    int pktRetransTotal;
    int pktSentACKTotal;
    int pktRecvACKTotal;
    int pktSentNAKTotal;
    int pktRecvNAKTotal;
    int64_t usSndDurationTotal;
    uint64_t byteSentTotal;
    uint64_t byteRecvTotal;
    double mbpsSendRate;
    double mbpsRecvRate;
    int64_t pktSentUniqueTotal;
    int64_t pktRecvUniqueTotal;
    uint64_t byteSentUniqueTotal;
    uint64_t byteRecvUniqueTotal;
};
typedef struct CBytePerfMon SRT_TRACEBSTATS;
int srt_bstats(SRTSOCKET u, SRT_TRACEBSTATS *perf, int clear);
//--- v1
#include <string.h>
#include "srt-base.h"
#include "srt.h"
static struct { int64_t sent, recv, bytes_sent, bytes_recv; int open; } sockets[16];
SRTSOCKET srt_create_socket(void) { for (int i = 0; i < 16; i++) if (!sockets[i].open) { memset(&sockets[i], 0, sizeof sockets[i]); sockets[i].open = 1; return i + 1000; } return SRT_ERROR; }
int srt_close(SRTSOCKET u) { if (u < 1000 || u >= 1016 || !sockets[u - 1000].open) return SRT_ERROR; sockets[u - 1000].open = 0; return 0; }
int srt_bstats(SRTSOCKET u, SRT_TRACEBSTATS *perf, int clear) {
    if (u < 1000 || u >= 1016 || !sockets[u - 1000].open || !perf) return SRT_ERROR;
    memset(perf, 0, sizeof *perf);
    perf->pktSentTotal = sockets[u - 1000].sent; perf->pktRecvTotal = sockets[u - 1000].recv;
    perf->byteSentTotal = (uint64_t)sockets[u - 1000].bytes_sent; perf->byteRecvTotal = (uint64_t)sockets[u - 1000].bytes_recv;
    if (clear) { sockets[u - 1000].sent = sockets[u - 1000].recv = 0; }
    return 0;
}
//--- v2
#include <string.h>
#include "srt-base.h"
#include "srt.h"
static struct { int64_t sent, recv, bytes_sent, bytes_recv; int open; } sockets[16];
SRTSOCKET srt_create_socket(void) { for (int i = 0; i < 16; i++) if (!sockets[i].open) { memset(&sockets[i], 0, sizeof sockets[i]); sockets[i].open = 1; return i + 1000; } return SRT_ERROR; }
int srt_close(SRTSOCKET u) { if (u < 1000 || u >= 1016 || !sockets[u - 1000].open) return SRT_ERROR; sockets[u - 1000].open = 0; return 0; }
int srt_bstats(SRTSOCKET u, SRT_TRACEBSTATS *perf, int clear) {
    if (u < 1000 || u >= 1016 || !sockets[u - 1000].open || !perf) return SRT_ERROR;
    memset(perf, 0, sizeof *perf);
    perf->pktSentTotal = sockets[u - 1000].sent; perf->pktRecvTotal = sockets[u - 1000].recv;
    perf->byteSentTotal = (uint64_t)sockets[u - 1000].bytes_sent; perf->byteRecvTotal = (uint64_t)sockets[u - 1000].bytes_recv;
    perf->pktSentUniqueTotal = perf->pktSentTotal; perf->pktRecvUniqueTotal = perf->pktRecvTotal;
    perf->byteSentUniqueTotal = perf->byteSentTotal; perf->byteRecvUniqueTotal = perf->byteRecvTotal;
    if (clear) { sockets[u - 1000].sent = sockets[u - 1000].recv = 0; }
    return 0;
}
