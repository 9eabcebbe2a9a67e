// expect: breaking
// why: struct iw_range is allocated by callers and filled by iw_get_range_info. Wireless Extensions 16 raises
// why: IW_MAX_FREQUENCIES from 16 to 32: the freq array grows from 128 to 256 bytes, enc_capa moves from 180 to 308 and
// why: the struct grows from 184 to 312 bytes, so v2 writes past the end of an old caller's object and old callers read
// why: enc_capa from inside the frequency list.
// abidiff: 4 agree
//--- v1/iwlib.h
#include <stdint.h>
#define IW_MAX_FREQUENCIES 16
struct iw_freq { int32_t m; int16_t e; uint8_t i; uint8_t flags; };
struct iw_quality { uint8_t qual; uint8_t level; uint8_t noise; uint8_t updated; };
struct iw_range { uint32_t throughput; uint32_t min_nwid; uint32_t max_nwid; uint16_t old_num_channels; uint8_t old_num_frequency; uint8_t scan_capa; uint32_t event_capa[6]; int32_t sensitivity; struct iw_quality max_qual; uint16_t num_channels; uint8_t num_frequency; uint8_t we_version_compiled; struct iw_freq freq[IW_MAX_FREQUENCIES]; uint32_t enc_capa; };
int iw_get_range_info(int skfd, const char *ifname, struct iw_range *range);
//--- v2/iwlib.h
#include <stdint.h>
#define IW_MAX_FREQUENCIES 32
struct iw_freq { int32_t m; int16_t e; uint8_t i; uint8_t flags; };
struct iw_quality { uint8_t qual; uint8_t level; uint8_t noise; uint8_t updated; };
struct iw_range { uint32_t throughput; uint32_t min_nwid; uint32_t max_nwid; uint16_t old_num_channels; uint8_t old_num_frequency; uint8_t scan_capa; uint32_t event_capa[6]; int32_t sensitivity; struct iw_quality max_qual; uint16_t num_channels; uint8_t num_frequency; uint8_t we_version_compiled; struct iw_freq freq[IW_MAX_FREQUENCIES]; uint32_t enc_capa; };
int iw_get_range_info(int skfd, const char *ifname, struct iw_range *range);
//--- v1
#include <string.h>
#include "iwlib.h"
int iw_get_range_info(int skfd, const char *ifname, struct iw_range *range) {
    if (skfd < 0 || !ifname || !*ifname) return -1;
    memset(range, 0, sizeof *range); range->we_version_compiled = 15; range->num_channels = 14; range->num_frequency = IW_MAX_FREQUENCIES;
    for (int k = 0; k < IW_MAX_FREQUENCIES; k++) { range->freq[k].i = (uint8_t)(k + 1); range->freq[k].m = 2412 + 5 * k; range->freq[k].e = 6; }
    range->enc_capa = 0xf; return 0;
}
//--- v2
#include <string.h>
#include "iwlib.h"
int iw_get_range_info(int skfd, const char *ifname, struct iw_range *range) {
    if (skfd < 0 || !ifname || !*ifname) return -1;
    memset(range, 0, sizeof *range); range->we_version_compiled = 16; range->num_channels = 14; range->num_frequency = IW_MAX_FREQUENCIES;
    for (int k = 0; k < IW_MAX_FREQUENCIES; k++) { range->freq[k].i = (uint8_t)(k + 1); range->freq[k].m = 2412 + 5 * k; range->freq[k].e = 6; }
    range->enc_capa = 0xf; return 0;
}
