// expect: info
// why: sensors_feature is declared with its members in sensors.h and handed out by sensors_get_features as a const
// why: pointer; lm-sensors 3.0 gave it a trailing int padding1 (bytes 20 to 24 of 24) that nothing reads. v2 turns
// why: the padding into unsigned int flags (SENSORS_FEATURE_FLAG_COMPUTED): the same 4 bytes at the same offset, the
// why: struct keeps 24 bytes, and old binaries never looked at those bytes, so they are unaffected whether or not
// why: they read the struct: a reserved member replaced in place by one of the same size (as in 34, where the
// why: reserved member also changes signedness).
// abidiff: 4 disagree: abidiff reports padding1 renamed and retyped to unsigned int flags; the reserved member is replaced in place by one of the same size at the same offset (as in 34).
//--- v1/sensors.h
#include <limits.h>
typedef struct sensors_bus_id { short type; short nr; } sensors_bus_id;
typedef struct sensors_chip_name { char *prefix; sensors_bus_id bus; int addr; char *path; } sensors_chip_name;
typedef enum sensors_feature_type { SENSORS_FEATURE_IN = 0x00, SENSORS_FEATURE_FAN = 0x01, SENSORS_FEATURE_TEMP = 0x02, SENSORS_FEATURE_POWER = 0x03, SENSORS_FEATURE_UNKNOWN = INT_MAX } sensors_feature_type;
typedef struct sensors_feature {
  char *name;
  int number;
  sensors_feature_type type;
  int first_subfeature;
  int padding1;
} sensors_feature;
int sensors_init(void);
const sensors_chip_name *sensors_get_detected_chips(const sensors_chip_name *match, int *nr);
const sensors_feature *sensors_get_features(const sensors_chip_name *name, int *nr);
int sensors_get_value(const sensors_chip_name *name, int subfeat_nr, double *value);
//--- v2/sensors.h
#include <limits.h>
#define SENSORS_FEATURE_FLAG_COMPUTED 0x1u
typedef struct sensors_bus_id { short type; short nr; } sensors_bus_id;
typedef struct sensors_chip_name { char *prefix; sensors_bus_id bus; int addr; char *path; } sensors_chip_name;
typedef enum sensors_feature_type { SENSORS_FEATURE_IN = 0x00, SENSORS_FEATURE_FAN = 0x01, SENSORS_FEATURE_TEMP = 0x02, SENSORS_FEATURE_POWER = 0x03, SENSORS_FEATURE_UNKNOWN = INT_MAX } sensors_feature_type;
typedef struct sensors_feature {
  char *name;
  int number;
  sensors_feature_type type;
  int first_subfeature;
  unsigned int flags;
} sensors_feature;
int sensors_init(void);
const sensors_chip_name *sensors_get_detected_chips(const sensors_chip_name *match, int *nr);
const sensors_feature *sensors_get_features(const sensors_chip_name *name, int *nr);
int sensors_get_value(const sensors_chip_name *name, int subfeat_nr, double *value);
//--- v1
#include <string.h>
#include "sensors.h"
static sensors_chip_name chips[1] = { { "coretemp", { 1, 0 }, 0, "/sys/class/hwmon/hwmon2" } };
static sensors_feature features[2];
static double values[2] = { 41.0, 43.5 };
int sensors_init(void) {
  features[0] = (sensors_feature){ "temp1", 0, SENSORS_FEATURE_TEMP, 0, 0 };
  features[1] = (sensors_feature){ "temp2", 1, SENSORS_FEATURE_TEMP, 1, 0 };
  return 0;
}
const sensors_chip_name *sensors_get_detected_chips(const sensors_chip_name *match, int *nr) {
  if (*nr >= 1) return NULL;
  if (match && match->prefix && strcmp(match->prefix, chips[0].prefix)) return NULL;
  return &chips[(*nr)++];
}
const sensors_feature *sensors_get_features(const sensors_chip_name *name, int *nr) { (void)name; return *nr < 2 ? &features[(*nr)++] : NULL; }
int sensors_get_value(const sensors_chip_name *name, int subfeat_nr, double *value) { (void)name; if (subfeat_nr < 0 || subfeat_nr > 1) return -1; *value = values[subfeat_nr]; return 0; }
//--- v2
#include <string.h>
#include "sensors.h"
static sensors_chip_name chips[1] = { { "coretemp", { 1, 0 }, 0, "/sys/class/hwmon/hwmon2" } };
static sensors_feature features[2];
static double values[2] = { 41.0, 43.5 };
int sensors_init(void) {
  features[0] = (sensors_feature){ "temp1", 0, SENSORS_FEATURE_TEMP, 0, 0 };
  features[1] = (sensors_feature){ "temp2", 1, SENSORS_FEATURE_TEMP, 1, SENSORS_FEATURE_FLAG_COMPUTED };
  return 0;
}
const sensors_chip_name *sensors_get_detected_chips(const sensors_chip_name *match, int *nr) {
  if (*nr >= 1) return NULL;
  if (match && match->prefix && strcmp(match->prefix, chips[0].prefix)) return NULL;
  return &chips[(*nr)++];
}
const sensors_feature *sensors_get_features(const sensors_chip_name *name, int *nr) { (void)name; return *nr < 2 ? &features[(*nr)++] : NULL; }
int sensors_get_value(const sensors_chip_name *name, int subfeat_nr, double *value) { (void)name; if (subfeat_nr < 0 || subfeat_nr > 1) return -1; *value = values[subfeat_nr]; return 0; }
