// expect: info
// why: cap_t is a pointer to struct _cap_struct, which capability.h only forward-declares: the struct is
// why: defined in the library's source and every instance comes from cap_init. v2 adds a mutex byte in front
// why: and a rootid at the end, as later libcap 2.x releases did, and exports cap_get_mode and cap_mode_name
// why: with a new cap_mode_t enum. Adding symbols is compatible, and the handle's layout is private (as in 158).
// abidiff: 4 disagree: abidiff reports two functions added and struct _cap_struct changed; the struct is defined only in lib.c and consumers hold cap_t pointers, and adding symbols is compatible (as in 158).
//--- v1/capability.h
typedef struct _cap_struct *cap_t;
typedef int cap_value_t;
typedef enum { CAP_EFFECTIVE = 0, CAP_PERMITTED = 1, CAP_INHERITABLE = 2 } cap_flag_t;
typedef enum { CAP_CLEAR = 0, CAP_SET = 1 } cap_flag_value_t;
cap_t cap_init(void);
int cap_free(void *obj_d);
int cap_get_flag(cap_t cap_d, cap_value_t value, cap_flag_t set, cap_flag_value_t *raised);
int cap_set_flag(cap_t cap_d, cap_flag_t set, int no_values, const cap_value_t *array_values, cap_flag_value_t raise);
//--- v2/capability.h
typedef struct _cap_struct *cap_t;
typedef int cap_value_t;
typedef enum { CAP_EFFECTIVE = 0, CAP_PERMITTED = 1, CAP_INHERITABLE = 2 } cap_flag_t;
typedef enum { CAP_CLEAR = 0, CAP_SET = 1 } cap_flag_value_t;
typedef enum { CAP_MODE_UNCERTAIN = 0, CAP_MODE_NOPRIV = 1, CAP_MODE_PURE1E_INIT = 2, CAP_MODE_PURE1E = 3, CAP_MODE_HYBRID = 4 } cap_mode_t;
cap_t cap_init(void);
int cap_free(void *obj_d);
int cap_get_flag(cap_t cap_d, cap_value_t value, cap_flag_t set, cap_flag_value_t *raised);
int cap_set_flag(cap_t cap_d, cap_flag_t set, int no_values, const cap_value_t *array_values, cap_flag_value_t raise);
cap_mode_t cap_get_mode(void);
const char *cap_mode_name(cap_mode_t flavor);
//--- v1
#include <stdint.h>
#include <stdlib.h>
#include "capability.h"
#define NUMBER_OF_CAP_SETS 3
#define CAP_U32S 2
struct _cap_struct { uint32_t version; int pid; uint32_t flat[NUMBER_OF_CAP_SETS][CAP_U32S]; };
cap_t cap_init(void) { cap_t c = calloc(1, sizeof *c); if (c) c->version = 0x20080522; return c; }
int cap_free(void *obj_d) { free(obj_d); return 0; }
int cap_get_flag(cap_t cap_d, cap_value_t value, cap_flag_t set, cap_flag_value_t *raised) {
  if (!cap_d || !raised || value < 0 || value >= 32 * CAP_U32S || (unsigned)set >= NUMBER_OF_CAP_SETS) return -1;
  *raised = (cap_d->flat[set][value >> 5] >> (value & 31)) & 1 ? CAP_SET : CAP_CLEAR;
  return 0;
}
int cap_set_flag(cap_t cap_d, cap_flag_t set, int no_values, const cap_value_t *array_values, cap_flag_value_t raise) {
  if (!cap_d || (unsigned)set >= NUMBER_OF_CAP_SETS || no_values < 0) return -1;
  for (int i = 0; i < no_values; i++) {
    cap_value_t v = array_values[i];
    if (v < 0 || v >= 32 * CAP_U32S) return -1;
    if (raise == CAP_SET) cap_d->flat[set][v >> 5] |= 1u << (v & 31); else cap_d->flat[set][v >> 5] &= ~(1u << (v & 31));
  }
  return 0;
}
//--- v2
#include <stdint.h>
#include <stdlib.h>
#include <sys/types.h>
#include "capability.h"
#define NUMBER_OF_CAP_SETS 3
#define CAP_U32S 2
struct _cap_struct { uint8_t mutex; uint32_t version; int pid; uint32_t flat[NUMBER_OF_CAP_SETS][CAP_U32S]; uid_t rootid; };
static cap_mode_t current_mode = CAP_MODE_UNCERTAIN;
cap_t cap_init(void) { cap_t c = calloc(1, sizeof *c); if (c) c->version = 0x20080522; return c; }
int cap_free(void *obj_d) { free(obj_d); return 0; }
int cap_get_flag(cap_t cap_d, cap_value_t value, cap_flag_t set, cap_flag_value_t *raised) {
  if (!cap_d || !raised || value < 0 || value >= 32 * CAP_U32S || (unsigned)set >= NUMBER_OF_CAP_SETS) return -1;
  *raised = (cap_d->flat[set][value >> 5] >> (value & 31)) & 1 ? CAP_SET : CAP_CLEAR;
  return 0;
}
int cap_set_flag(cap_t cap_d, cap_flag_t set, int no_values, const cap_value_t *array_values, cap_flag_value_t raise) {
  if (!cap_d || (unsigned)set >= NUMBER_OF_CAP_SETS || no_values < 0) return -1;
  cap_d->mutex = 1;
  for (int i = 0; i < no_values; i++) {
    cap_value_t v = array_values[i];
    if (v < 0 || v >= 32 * CAP_U32S) { cap_d->mutex = 0; return -1; }
    if (raise == CAP_SET) cap_d->flat[set][v >> 5] |= 1u << (v & 31); else cap_d->flat[set][v >> 5] &= ~(1u << (v & 31));
  }
  cap_d->mutex = 0;
  return 0;
}
cap_mode_t cap_get_mode(void) { return current_mode; }
const char *cap_mode_name(cap_mode_t flavor) {
  static const char *const names[] = { "UNCERTAIN", "NOPRIV", "PURE1E_INIT", "PURE1E", "HYBRID" };
  return (unsigned)flavor < 5 ? names[flavor] : "UNKNOWN";
}
