// expect: breaking
// why: The exported variable lut changes from unsigned char[4][64] to unsigned char[64][4]: same symbol
// why: size (256 bytes) but lut[i][j] moves for every i > 0 (and j >= 4 leaves the row).
// abidiff: 4 agree
// message: unsigned char[4][64] to unsigned char[64][4]
//--- v1
unsigned char lut[4][64];
int lut_get(int i, int j) { return lut[i][j]; }
//--- v2
unsigned char lut[64][4];
int lut_get(int i, int j) { return lut[i][j]; }
