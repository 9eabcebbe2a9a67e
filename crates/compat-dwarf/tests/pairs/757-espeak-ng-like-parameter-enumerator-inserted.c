// expect: breaking
// why: espeak_PARAMETER is passed by value to espeak_SetParameter and espeak_GetParameter. v2 inserts
// why: espeakVOLUME_BOOST after espeakVOLUME, so espeakPITCH, espeakRANGE, espeakPUNCTUATION and the rest shift up by
// why: one: a v1 binary asking to set the pitch (3) now sets the volume boost. Enumerator values compiled into
// why: consumers changed.
// abidiff: 4 agree
//--- v1/speak_lib.h
typedef enum { espeakSILENCE = 0, espeakRATE = 1, espeakVOLUME, espeakPITCH, espeakRANGE, espeakPUNCTUATION, espeakCAPITALS, espeakWORDGAP, espeakOPTIONS, espeakINTONATION, espeakRESERVED1, espeakRESERVED2, espeakEMPHASIS, espeakLINELENGTH, espeakVOICETYPE, N_SPEECH_PARAM } espeak_PARAMETER;
typedef enum { EE_OK = 0, EE_INTERNAL_ERROR = -1, EE_BUFFER_FULL = 1, EE_NOT_FOUND = 2 } espeak_ERROR;
espeak_ERROR espeak_SetParameter(espeak_PARAMETER parameter, int value, int relative);
int espeak_GetParameter(espeak_PARAMETER parameter, int current);
//--- v2/speak_lib.h
typedef enum { espeakSILENCE = 0, espeakRATE = 1, espeakVOLUME, espeakVOLUME_BOOST, espeakPITCH, espeakRANGE, espeakPUNCTUATION, espeakCAPITALS, espeakWORDGAP, espeakOPTIONS, espeakINTONATION, espeakRESERVED1, espeakRESERVED2, espeakEMPHASIS, espeakLINELENGTH, espeakVOICETYPE, N_SPEECH_PARAM } espeak_PARAMETER;
typedef enum { EE_OK = 0, EE_INTERNAL_ERROR = -1, EE_BUFFER_FULL = 1, EE_NOT_FOUND = 2 } espeak_ERROR;
espeak_ERROR espeak_SetParameter(espeak_PARAMETER parameter, int value, int relative);
int espeak_GetParameter(espeak_PARAMETER parameter, int current);
//--- v1
#include "speak_lib.h"
static int param_stack[2][N_SPEECH_PARAM] = { { 0, 175, 100, 50, 50 }, { 0, 175, 100, 50, 50 } };
espeak_ERROR espeak_SetParameter(espeak_PARAMETER parameter, int value, int relative) { if ((unsigned)parameter >= N_SPEECH_PARAM) return EE_INTERNAL_ERROR; param_stack[1][parameter] = relative ? param_stack[1][parameter] * (100 + value) / 100 : value; return EE_OK; }
int espeak_GetParameter(espeak_PARAMETER parameter, int current) { if ((unsigned)parameter >= N_SPEECH_PARAM) return -1; return param_stack[current ? 1 : 0][parameter]; }
//--- v2
#include "speak_lib.h"
static int param_stack[2][N_SPEECH_PARAM] = { { 0, 175, 100, 0, 50, 50 }, { 0, 175, 100, 0, 50, 50 } };
espeak_ERROR espeak_SetParameter(espeak_PARAMETER parameter, int value, int relative) { if ((unsigned)parameter >= N_SPEECH_PARAM) return EE_INTERNAL_ERROR; param_stack[1][parameter] = relative ? param_stack[1][parameter] * (100 + value) / 100 : value; return EE_OK; }
int espeak_GetParameter(espeak_PARAMETER parameter, int current) { if ((unsigned)parameter >= N_SPEECH_PARAM) return -1; return param_stack[current ? 1 : 0][parameter]; }
