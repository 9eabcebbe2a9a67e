// expect: info
// why: enum iio_chan_type, returned by iio_channel_get_type, ends with IIO_CHAN_TYPE_UNKNOWN = INT_MAX. A libiio
// why: release adds IIO_PHASE and IIO_MASSCONCENTRATION after IIO_POSITIONRELATIVE, before that sentinel: the new
// why: enumerators take the next free values (12 and 13), every existing enumerator keeps its value because the
// why: sentinel's is explicit (unlike 259's counting sentinel), and the underlying type stays unsigned int. Old
// why: binaries that meet a new type take it as unknown, as they must for any future value: an API extension (as in
// why: 221).
// abidiff: 0 agree
//--- v1/iio.h
#include <limits.h>
enum iio_chan_type {
  IIO_VOLTAGE, IIO_CURRENT, IIO_POWER, IIO_ACCEL, IIO_ANGL_VEL, IIO_MAGN, IIO_LIGHT, IIO_INTENSITY,
  IIO_PROXIMITY, IIO_TEMP, IIO_PRESSURE, IIO_POSITIONRELATIVE,
  IIO_CHAN_TYPE_UNKNOWN = INT_MAX
};
struct iio_context;
struct iio_device;
struct iio_channel;
struct iio_context *iio_create_default_context(void);
struct iio_device *iio_context_get_device(const struct iio_context *ctx, unsigned int index);
struct iio_channel *iio_device_get_channel(const struct iio_device *dev, unsigned int index);
enum iio_chan_type iio_channel_get_type(const struct iio_channel *chn);
void iio_context_destroy(struct iio_context *ctx);
//--- v2/iio.h
#include <limits.h>
enum iio_chan_type {
  IIO_VOLTAGE, IIO_CURRENT, IIO_POWER, IIO_ACCEL, IIO_ANGL_VEL, IIO_MAGN, IIO_LIGHT, IIO_INTENSITY,
  IIO_PROXIMITY, IIO_TEMP, IIO_PRESSURE, IIO_POSITIONRELATIVE, IIO_PHASE, IIO_MASSCONCENTRATION,
  IIO_CHAN_TYPE_UNKNOWN = INT_MAX
};
struct iio_context;
struct iio_device;
struct iio_channel;
struct iio_context *iio_create_default_context(void);
struct iio_device *iio_context_get_device(const struct iio_context *ctx, unsigned int index);
struct iio_channel *iio_device_get_channel(const struct iio_device *dev, unsigned int index);
enum iio_chan_type iio_channel_get_type(const struct iio_channel *chn);
void iio_context_destroy(struct iio_context *ctx);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "iio.h"
struct iio_channel { const char *id; enum iio_chan_type type; };
struct iio_device { const char *name; unsigned int nb_channels; struct iio_channel channels[4]; };
struct iio_context { unsigned int nb_devices; struct iio_device devices[2]; };
static enum iio_chan_type type_from_id(const char *id) {
  static const char *const names[] = { "voltage", "current", "power", "accel", "anglvel", "magn", "illuminance", "intensity", "proximity", "temp", "pressure", "positionrelative" };
  for (unsigned i = 0; i < sizeof names / sizeof names[0]; i++) if (!strncmp(id, names[i], strlen(names[i]))) return (enum iio_chan_type)i;
  return IIO_CHAN_TYPE_UNKNOWN;
}
struct iio_context *iio_create_default_context(void) {
  struct iio_context *ctx = calloc(1, sizeof *ctx);
  if (!ctx) return NULL;
  static const char *const ids[] = { "voltage0", "temp", "phase0", "massconcentration_pm2p5" };
  ctx->nb_devices = 1; ctx->devices[0].name = "ad7124-8"; ctx->devices[0].nb_channels = 4;
  for (int i = 0; i < 4; i++) { ctx->devices[0].channels[i].id = ids[i]; ctx->devices[0].channels[i].type = type_from_id(ids[i]); }
  return ctx;
}
struct iio_device *iio_context_get_device(const struct iio_context *ctx, unsigned int index) { return index < ctx->nb_devices ? (struct iio_device *)&ctx->devices[index] : NULL; }
struct iio_channel *iio_device_get_channel(const struct iio_device *dev, unsigned int index) { return index < dev->nb_channels ? (struct iio_channel *)&dev->channels[index] : NULL; }
enum iio_chan_type iio_channel_get_type(const struct iio_channel *chn) { return chn->type; }
void iio_context_destroy(struct iio_context *ctx) { free(ctx); }
//--- v2
#include <stdlib.h>
#include <string.h>
#include "iio.h"
struct iio_channel { const char *id; enum iio_chan_type type; };
struct iio_device { const char *name; unsigned int nb_channels; struct iio_channel channels[4]; };
struct iio_context { unsigned int nb_devices; struct iio_device devices[2]; };
static enum iio_chan_type type_from_id(const char *id) {
  static const char *const names[] = { "voltage", "current", "power", "accel", "anglvel", "magn", "illuminance", "intensity", "proximity", "temp", "pressure", "positionrelative", "phase", "massconcentration" };
  for (unsigned i = 0; i < sizeof names / sizeof names[0]; i++) if (!strncmp(id, names[i], strlen(names[i]))) return (enum iio_chan_type)i;
  return IIO_CHAN_TYPE_UNKNOWN;
}
struct iio_context *iio_create_default_context(void) {
  struct iio_context *ctx = calloc(1, sizeof *ctx);
  if (!ctx) return NULL;
  static const char *const ids[] = { "voltage0", "temp", "phase0", "massconcentration_pm2p5" };
  ctx->nb_devices = 1; ctx->devices[0].name = "ad7124-8"; ctx->devices[0].nb_channels = 4;
  for (int i = 0; i < 4; i++) { ctx->devices[0].channels[i].id = ids[i]; ctx->devices[0].channels[i].type = type_from_id(ids[i]); }
  return ctx;
}
struct iio_device *iio_context_get_device(const struct iio_context *ctx, unsigned int index) { return index < ctx->nb_devices ? (struct iio_device *)&ctx->devices[index] : NULL; }
struct iio_channel *iio_device_get_channel(const struct iio_device *dev, unsigned int index) { return index < dev->nb_channels ? (struct iio_channel *)&dev->channels[index] : NULL; }
enum iio_chan_type iio_channel_get_type(const struct iio_channel *chn) { return chn->type; }
void iio_context_destroy(struct iio_context *ctx) { free(ctx); }
