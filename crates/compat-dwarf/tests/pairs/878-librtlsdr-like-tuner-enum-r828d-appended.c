// expect: info
// why: rtlsdr_get_tuner_type returns enum rtlsdr_tuner; librtlsdr 0.6 appends RTLSDR_TUNER_R828D after
// why: RTLSDR_TUNER_R820T. Every existing enumerator keeps its value and the enum keeps its size and underlying type
// why: (unsigned int): an old consumer may now be told of a tuner it does not know, as with any appended enumerator.
// abidiff: 0 agree
//--- rtl-dev.h
#include <stdint.h>
typedef struct rtlsdr_dev rtlsdr_dev_t;
int rtlsdr_open(rtlsdr_dev_t **dev, uint32_t index);
int rtlsdr_close(rtlsdr_dev_t *dev);
//--- v1/rtl-sdr.h
enum rtlsdr_tuner { RTLSDR_TUNER_UNKNOWN = 0, RTLSDR_TUNER_E4000, RTLSDR_TUNER_FC0012, RTLSDR_TUNER_FC0013, RTLSDR_TUNER_FC2580, RTLSDR_TUNER_R820T };
enum rtlsdr_tuner rtlsdr_get_tuner_type(rtlsdr_dev_t *dev);
int rtlsdr_get_tuner_gains(rtlsdr_dev_t *dev, int *gains);
//--- v2/rtl-sdr.h
enum rtlsdr_tuner { RTLSDR_TUNER_UNKNOWN = 0, RTLSDR_TUNER_E4000, RTLSDR_TUNER_FC0012, RTLSDR_TUNER_FC0013, RTLSDR_TUNER_FC2580, RTLSDR_TUNER_R820T, RTLSDR_TUNER_R828D };
enum rtlsdr_tuner rtlsdr_get_tuner_type(rtlsdr_dev_t *dev);
int rtlsdr_get_tuner_gains(rtlsdr_dev_t *dev, int *gains);
//--- v1
#include <stdlib.h>
#include "rtl-dev.h"
#include "rtl-sdr.h"
struct rtlsdr_dev { uint32_t index; enum rtlsdr_tuner tuner_type; int gain; };
static const int r82xx_gains[] = { 0, 9, 14, 27, 37, 77, 87, 125, 144, 157 };
static const int e4k_gains[] = { -10, 15, 40, 65, 90, 115, 140, 165 };
int rtlsdr_open(rtlsdr_dev_t **dev, uint32_t index) { rtlsdr_dev_t *d = calloc(1, sizeof *d); if (!d) return -1; d->index = index; d->tuner_type = index & 1 ? RTLSDR_TUNER_R820T : RTLSDR_TUNER_E4000; *dev = d; return 0; }
int rtlsdr_close(rtlsdr_dev_t *dev) { if (!dev) return -1; free(dev); return 0; }
enum rtlsdr_tuner rtlsdr_get_tuner_type(rtlsdr_dev_t *dev) { return dev ? dev->tuner_type : RTLSDR_TUNER_UNKNOWN; }
int rtlsdr_get_tuner_gains(rtlsdr_dev_t *dev, int *gains) {
    if (!dev) return -1;
    const int *g = dev->tuner_type == RTLSDR_TUNER_E4000 ? e4k_gains : r82xx_gains;
    int n = dev->tuner_type == RTLSDR_TUNER_E4000 ? 8 : 10;
    if (gains) for (int i = 0; i < n; i++) gains[i] = g[i];
    return n;
}
//--- v2
#include <stdlib.h>
#include "rtl-dev.h"
#include "rtl-sdr.h"
struct rtlsdr_dev { uint32_t index; enum rtlsdr_tuner tuner_type; int gain; };
static const int r82xx_gains[] = { 0, 9, 14, 27, 37, 77, 87, 125, 144, 157 };
static const int e4k_gains[] = { -10, 15, 40, 65, 90, 115, 140, 165 };
int rtlsdr_open(rtlsdr_dev_t **dev, uint32_t index) { rtlsdr_dev_t *d = calloc(1, sizeof *d); if (!d) return -1; d->index = index; d->tuner_type = index & 2 ? RTLSDR_TUNER_R828D : index & 1 ? RTLSDR_TUNER_R820T : RTLSDR_TUNER_E4000; *dev = d; return 0; }
int rtlsdr_close(rtlsdr_dev_t *dev) { if (!dev) return -1; free(dev); return 0; }
enum rtlsdr_tuner rtlsdr_get_tuner_type(rtlsdr_dev_t *dev) { return dev ? dev->tuner_type : RTLSDR_TUNER_UNKNOWN; }
int rtlsdr_get_tuner_gains(rtlsdr_dev_t *dev, int *gains) {
    if (!dev) return -1;
    const int *g = dev->tuner_type == RTLSDR_TUNER_E4000 ? e4k_gains : r82xx_gains;
    int n = dev->tuner_type == RTLSDR_TUNER_E4000 ? 8 : 10;
    if (gains) for (int i = 0; i < n; i++) gains[i] = g[i];
    return n;
}
