// expect: breaking
// why: NiceAgentOptions is caller-allocated (callers fill it and pass it to nice_agent_new_full). v2 widens the
// why: compatibility bit-field from 3 to 4 bits: it still fits the first word, but full_mode and ice_trickle
// why: move from bits 4 and 5 to bits 5 and 6, so the library reads an old caller's full_mode as ice_trickle and
// why: one bit of its compatibility as another mode.
// abidiff: 4 agree
//--- v1/agent.h
typedef struct { unsigned reliable : 1; unsigned compatibility : 3; unsigned full_mode : 1; unsigned ice_trickle : 1; unsigned stun_max_retransmissions; } NiceAgentOptions;
typedef struct _NiceAgent NiceAgent;
NiceAgent *nice_agent_new_full(const NiceAgentOptions *opts);
int nice_agent_is_full_mode(const NiceAgent *a);
//--- v2/agent.h
typedef struct { unsigned reliable : 1; unsigned compatibility : 4; unsigned full_mode : 1; unsigned ice_trickle : 1; unsigned stun_max_retransmissions; } NiceAgentOptions;
typedef struct _NiceAgent NiceAgent;
NiceAgent *nice_agent_new_full(const NiceAgentOptions *opts);
int nice_agent_is_full_mode(const NiceAgent *a);
//--- v1
#include <stdlib.h>
#include "agent.h"
struct _NiceAgent { int full; int trickle; unsigned compat; };
NiceAgent *nice_agent_new_full(const NiceAgentOptions *opts) { NiceAgent *a = malloc(sizeof *a); if (!a) return 0; a->full = opts->full_mode; a->trickle = opts->ice_trickle; a->compat = opts->compatibility; return a; }
int nice_agent_is_full_mode(const NiceAgent *a) { return a->full; }
//--- v2
#include <stdlib.h>
#include "agent.h"
struct _NiceAgent { int full; int trickle; unsigned compat; };
NiceAgent *nice_agent_new_full(const NiceAgentOptions *opts) { NiceAgent *a = malloc(sizeof *a); if (!a) return 0; a->full = opts->full_mode; a->trickle = opts->ice_trickle; a->compat = opts->compatibility; return a; }
int nice_agent_is_full_mode(const NiceAgent *a) { return a->full; }
