// expect: warning
// why: modbus_set_error_recovery's second parameter goes from int to modbus_error_recovery_mode, whose
// why: enumerators (0, 2, 4) are all non-negative, so GCC gives it the underlying type unsigned int: the same
// why: 4 bytes in %esi under the same C symbol, but the library now reads the value as unsigned, so a negative
// why: int an old caller passes, which v1 rejected, is taken as a large flag word: a same-size signedness
// why: change of a by-value parameter (as in 283 and 22), not a layout break.
// abidiff: 0 disagree: abidiff filters an int parameter replaced by a same-size enum as harmless; the layout holds, but the enum's underlying type is unsigned int, so the value's signedness flips (as in 22).
//--- v1/modbus.h
typedef struct _modbus modbus_t;
#define MODBUS_ERROR_RECOVERY_NONE 0
#define MODBUS_ERROR_RECOVERY_LINK (1 << 1)
#define MODBUS_ERROR_RECOVERY_PROTOCOL (1 << 2)
modbus_t *modbus_new_tcp(const char *ip_address, int port);
int modbus_set_error_recovery(modbus_t *ctx, int error_recovery);
int modbus_get_error_recovery(modbus_t *ctx);
void modbus_free(modbus_t *ctx);
//--- v2/modbus.h
typedef struct _modbus modbus_t;
typedef enum {
  MODBUS_ERROR_RECOVERY_NONE = 0,
  MODBUS_ERROR_RECOVERY_LINK = (1 << 1),
  MODBUS_ERROR_RECOVERY_PROTOCOL = (1 << 2)
} modbus_error_recovery_mode;
modbus_t *modbus_new_tcp(const char *ip_address, int port);
int modbus_set_error_recovery(modbus_t *ctx, modbus_error_recovery_mode error_recovery);
int modbus_get_error_recovery(modbus_t *ctx);
void modbus_free(modbus_t *ctx);
//--- v1
#include <stdlib.h>
#include "modbus.h"
struct _modbus { const char *ip; int port; int s; int error_recovery; };
modbus_t *modbus_new_tcp(const char *ip_address, int port) { modbus_t *ctx = calloc(1, sizeof *ctx); if (ctx) { ctx->ip = ip_address; ctx->port = port; ctx->s = -1; } return ctx; }
int modbus_set_error_recovery(modbus_t *ctx, int error_recovery) {
  if (!ctx || error_recovery < 0) return -1;
  ctx->error_recovery = error_recovery;
  return 0;
}
int modbus_get_error_recovery(modbus_t *ctx) { return ctx->error_recovery; }
void modbus_free(modbus_t *ctx) { free(ctx); }
//--- v2
#include <stdlib.h>
#include "modbus.h"
struct _modbus { const char *ip; int port; int s; int error_recovery; };
modbus_t *modbus_new_tcp(const char *ip_address, int port) { modbus_t *ctx = calloc(1, sizeof *ctx); if (ctx) { ctx->ip = ip_address; ctx->port = port; ctx->s = -1; } return ctx; }
int modbus_set_error_recovery(modbus_t *ctx, modbus_error_recovery_mode error_recovery) {
  if (!ctx) return -1;
  ctx->error_recovery = (int)error_recovery;
  return 0;
}
int modbus_get_error_recovery(modbus_t *ctx) { return ctx->error_recovery; }
void modbus_free(modbus_t *ctx) { free(ctx); }
