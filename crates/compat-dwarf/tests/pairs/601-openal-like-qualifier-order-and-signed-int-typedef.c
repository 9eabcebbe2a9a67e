// expect: none
// why: v2 writes alSourcefv's values as ALfloat const * instead of const ALfloat * and defines ALint and ALenum
// why: as signed int instead of int: qualifiers in
// why: another order and another spelling of the same integer type. Every parameter has the same type.
// abidiff: 0 agree
//--- v1/al.h
typedef int ALint;
typedef unsigned int ALuint;
typedef int ALenum;
typedef float ALfloat;
void alSourcefv(ALuint source, ALenum param, const ALfloat *values);
void alGetSourceiv(ALuint source, ALenum param, ALint *values);
//--- v2/al.h
typedef signed int ALint;
typedef unsigned int ALuint;
typedef signed int ALenum;
typedef float ALfloat;
void alSourcefv(ALuint source, ALenum param, ALfloat const *values);
void alGetSourceiv(ALuint source, ALenum param, ALint *values);
//--- v1
#include "al.h"
static ALfloat pos[3];
void alSourcefv(ALuint source, ALenum param, const ALfloat *values) { if (source && param == 0x1004) { pos[0] = values[0]; pos[1] = values[1]; pos[2] = values[2]; } }
void alGetSourceiv(ALuint source, ALenum param, ALint *values) { if (source && param == 0x1004) { values[0] = (ALint)pos[0]; values[1] = (ALint)pos[1]; values[2] = (ALint)pos[2]; } }
//--- v2
#include "al.h"
static ALfloat pos[3];
void alSourcefv(ALuint source, ALenum param, ALfloat const *values) { if (source && param == 0x1004) { pos[0] = values[0]; pos[1] = values[1]; pos[2] = values[2]; } }
void alGetSourceiv(ALuint source, ALenum param, ALint *values) { if (source && param == 0x1004) { values[0] = (ALint)pos[0]; values[1] = (ALint)pos[1]; values[2] = (ALint)pos[2]; } }
