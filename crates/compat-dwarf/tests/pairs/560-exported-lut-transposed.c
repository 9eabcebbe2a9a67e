// expect: breaking
// why: The library exports short gamma_lut[4][256] (per channel, per value); v2 stores it as short gamma_lut[256][4]
// why: (per value, per channel). The symbol keeps its 2048 bytes, but consumers that index gamma_lut[ch][v] compiled
// why: the old row length: every lookup now reads another entry. The report must print both shapes in declaration
// why: order.
// message: [256][4]
// abidiff: 4 agree
//--- v1/gamma.h
extern short gamma_lut[4][256];
void gamma_init(double g);
//--- v2/gamma.h
extern short gamma_lut[256][4];
void gamma_init(double g);
//--- v1
#include <math.h>
#include "gamma.h"
short gamma_lut[4][256];
void gamma_init(double g) { for (int c = 0; c < 4; c++) for (int v = 0; v < 256; v++) gamma_lut[c][v] = (short)(32767 * pow(v / 255.0, g)); }
//--- v2
#include <math.h>
#include "gamma.h"
short gamma_lut[256][4];
void gamma_init(double g) { for (int v = 0; v < 256; v++) for (int c = 0; c < 4; c++) gamma_lut[v][c] = (short)(32767 * pow(v / 255.0, g)); }
