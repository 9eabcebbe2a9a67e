// expect: warning
// why: struct chan_cfg is caller-allocated (chan_open takes a pointer). Its 3-bit field mode was declared int
// why: mode : 3 and v2 declares it enum chan_mode mode : 3, whose enumerators 0 to 6 make the enum unsigned. Same
// why: width and bits, so no layout break, but the field stops sign-extending: bits 100 to 110, which v1 read as
// why: -4 to -2, v2 reads as 4 to 6, and old code that stored or tested negative modes now means something
// why: else: a signedness change on a member, a warning.
// abidiff: 0 disagree: abidiff does not report the bit-field's type change from int to an unsigned enum; the 3 bits stop sign-extending, so values 4 to 6 change meaning (as in 152).
//--- v1/chan.h
struct chan_cfg { unsigned id; int mode : 3; unsigned enabled : 1; };
int chan_open(const struct chan_cfg *cfg);
//--- v2/chan.h
enum chan_mode { CHAN_OFF, CHAN_IN, CHAN_OUT, CHAN_INOUT, CHAN_PWM, CHAN_ADC, CHAN_DAC };
struct chan_cfg { unsigned id; enum chan_mode mode : 3; unsigned enabled : 1; };
int chan_open(const struct chan_cfg *cfg);
//--- v1
#include "chan.h"
int chan_open(const struct chan_cfg *cfg) { return cfg->enabled ? (int)cfg->mode : -1; }
//--- v2
#include "chan.h"
int chan_open(const struct chan_cfg *cfg) { return cfg->enabled ? (int)cfg->mode : -1; }
