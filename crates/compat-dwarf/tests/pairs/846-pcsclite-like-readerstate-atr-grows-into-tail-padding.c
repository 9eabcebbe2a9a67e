// expect: info
// why: Callers build arrays of SCARD_READERSTATE and pass them to SCardGetStatusChange, which writes each entry's
// why: cbAtr and rgbAtr. pcsc-lite raises MAX_ATR_SIZE from 33 to 36, but on x86-64 DWORD is an 8-byte unsigned
// why: long: rgbAtr starts at byte 40 and the struct is 80 bytes either way, so the 3 new bytes take tail padding of
// why: the caller's own entries. The stride, size and every offset hold; old callers read only the first cbAtr bytes.
// abidiff: 4 disagree: abidiff reports rgbAtr grown from 33 to 36 bytes; it grows into the struct's tail padding, which the caller's 80-byte entries already hold.
// message: into the padding after it; its old elements keep their offsets
//--- v1/winscard.h
#define MAX_ATR_SIZE 33
typedef unsigned long DWORD;
typedef long LONG;
typedef LONG SCARDCONTEXT;
typedef struct { const char *szReader; void *pvUserData; DWORD dwCurrentState; DWORD dwEventState; DWORD cbAtr; unsigned char rgbAtr[MAX_ATR_SIZE]; } SCARD_READERSTATE, *LPSCARD_READERSTATE;
LONG SCardGetStatusChange(SCARDCONTEXT hContext, DWORD dwTimeout, SCARD_READERSTATE *rgReaderStates, DWORD cReaders);
//--- v2/winscard.h
#define MAX_ATR_SIZE 36
typedef unsigned long DWORD;
typedef long LONG;
typedef LONG SCARDCONTEXT;
typedef struct { const char *szReader; void *pvUserData; DWORD dwCurrentState; DWORD dwEventState; DWORD cbAtr; unsigned char rgbAtr[MAX_ATR_SIZE]; } SCARD_READERSTATE, *LPSCARD_READERSTATE;
LONG SCardGetStatusChange(SCARDCONTEXT hContext, DWORD dwTimeout, SCARD_READERSTATE *rgReaderStates, DWORD cReaders);
//--- v1
#include <string.h>
#include "winscard.h"
LONG SCardGetStatusChange(SCARDCONTEXT hContext, DWORD dwTimeout, SCARD_READERSTATE *rgReaderStates, DWORD cReaders) {
    static const unsigned char atr[] = { 0x3b, 0x8f, 0x80, 0x01, 0x80, 0x4f, 0x0c, 0xa0 };
    if (!hContext) return 0x80100003L;
    for (DWORD i = 0; i < cReaders; i++) { rgReaderStates[i].dwEventState = rgReaderStates[i].dwCurrentState | 0x20; rgReaderStates[i].cbAtr = sizeof atr; memcpy(rgReaderStates[i].rgbAtr, atr, sizeof atr); }
    return dwTimeout == 0 && cReaders == 0 ? 0x8010000AL : 0;
}
//--- v2
#include <string.h>
#include "winscard.h"
LONG SCardGetStatusChange(SCARDCONTEXT hContext, DWORD dwTimeout, SCARD_READERSTATE *rgReaderStates, DWORD cReaders) {
    static const unsigned char atr[] = { 0x3b, 0x8f, 0x80, 0x01, 0x80, 0x4f, 0x0c, 0xa0 };
    if (!hContext) return 0x80100003L;
    for (DWORD i = 0; i < cReaders; i++) { rgReaderStates[i].dwEventState = rgReaderStates[i].dwCurrentState | 0x20; rgReaderStates[i].cbAtr = sizeof atr; memset(rgReaderStates[i].rgbAtr, 0, MAX_ATR_SIZE); memcpy(rgReaderStates[i].rgbAtr, atr, sizeof atr); }
    return dwTimeout == 0 && cReaders == 0 ? 0x8010000AL : 0;
}
