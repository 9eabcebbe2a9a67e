// expect: breaking
// why: PmEvent is an array callers build and pass with its length to Pm_Write. v2 widens PmTimestamp from
// why: int32_t to int64_t: the event grows from 8 to 16 bytes and timestamp moves to byte 8, so the library
// why: steps through an old caller's array with the wrong stride and reads the next message as a timestamp.
// abidiff: 4 agree
//--- v1/portmidi.h
#include <stdint.h>
typedef int32_t PmMessage;
typedef int32_t PmTimestamp;
typedef struct { PmMessage message; PmTimestamp timestamp; } PmEvent;
typedef void PortMidiStream;
int Pm_Write(PortMidiStream *stream, PmEvent *buffer, int32_t length);
//--- v2/portmidi.h
#include <stdint.h>
typedef int32_t PmMessage;
typedef int64_t PmTimestamp;
typedef struct { PmMessage message; PmTimestamp timestamp; } PmEvent;
typedef void PortMidiStream;
int Pm_Write(PortMidiStream *stream, PmEvent *buffer, int32_t length);
//--- v1
#include "portmidi.h"
int Pm_Write(PortMidiStream *stream, PmEvent *buffer, int32_t length) { (void)stream; PmTimestamp last = 0; for (int32_t i = 0; i < length; i++) { if (buffer[i].timestamp < last) return -1; last = buffer[i].timestamp; } return 0; }
//--- v2
#include "portmidi.h"
int Pm_Write(PortMidiStream *stream, PmEvent *buffer, int32_t length) { (void)stream; PmTimestamp last = 0; for (int32_t i = 0; i < length; i++) { if (buffer[i].timestamp < last) return -1; last = buffer[i].timestamp; } return 0; }
