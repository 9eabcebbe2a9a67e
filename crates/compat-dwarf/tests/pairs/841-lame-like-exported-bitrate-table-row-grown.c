// expect: breaking
// why: The exported const int bitrate_table[3][16] grows to [3][17] (a free-format entry per row). Consumers that
// why: index it directly were compiled with 16-int rows: their bitrate_table[1][i] now reads v2's row 1 shifted by one
// why: entry (bitrate_table[1][0] is row 0's new free-format slot), and an
// why: executable that copied the 192-byte object by copy relocation has a smaller symbol than the library's 204 bytes.
// abidiff: 4 agree
//--- v1/lame.h
extern const int bitrate_table[3][16];
int lame_get_bitrate(int mpeg_version, int table_index);
//--- v2/lame.h
extern const int bitrate_table[3][17];
int lame_get_bitrate(int mpeg_version, int table_index);
//--- v1
#include "lame.h"
const int bitrate_table[3][16] = {
    {0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160, -1},
    {0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, -1},
    {0, 8, 16, 24, 32, 40, 48, 56, 64, -1, -1, -1, -1, -1, -1, -1},
};
int lame_get_bitrate(int mpeg_version, int table_index) { if (mpeg_version < 0 || mpeg_version > 2 || table_index < 0 || table_index > 15) return -1; return bitrate_table[mpeg_version][table_index]; }
//--- v2
#include "lame.h"
const int bitrate_table[3][17] = {
    {0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160, -1, 0},
    {0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, -1, 0},
    {0, 8, 16, 24, 32, 40, 48, 56, 64, -1, -1, -1, -1, -1, -1, -1, 0},
};
int lame_get_bitrate(int mpeg_version, int table_index) { if (mpeg_version < 0 || mpeg_version > 2 || table_index < 0 || table_index > 16) return -1; return bitrate_table[mpeg_version][table_index]; }
