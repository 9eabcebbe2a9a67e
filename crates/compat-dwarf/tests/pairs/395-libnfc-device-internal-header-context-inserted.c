// expect: info
// why: nfc-types.h only forward-declares nfc_device and nfc_context (typedef struct nfc_device nfc_device); both are
// why: defined in nfc-internal.h, a header the library's sources include and libnfc does not install, and consumers
// why: only hold the pointers nfc_init and nfc_open hand out. libnfc 1.7 inserts const nfc_context *context first in
// why: nfc_device (driver moves from byte 0 to 8, last_error from 1312 to 1320, the struct from 1320 to 1328 bytes):
// why: nothing consumers compiled in changes (as in 147).
// abidiff: 4 disagree: abidiff reports a member inserted into struct nfc_device; it is defined only in the internal header nfc-internal.h and consumers only hold nfc_device pointers (as in 147).
//--- nfc-types.h
#pragma once
#include <stdbool.h>
#include <stdint.h>
typedef struct nfc_context nfc_context;
typedef struct nfc_device nfc_device;
typedef char nfc_connstring[1024];
typedef enum { NMT_ISO14443A = 1, NMT_JEWEL, NMT_ISO14443B, NMT_FELICA = 5 } nfc_modulation_type;
//--- nfc.h
#include "nfc-types.h"
void nfc_init(nfc_context **context);
void nfc_exit(nfc_context *context);
nfc_device *nfc_open(nfc_context *context, const nfc_connstring connstring);
void nfc_close(nfc_device *pnd);
const char *nfc_device_get_name(nfc_device *pnd);
int nfc_device_get_last_error(const nfc_device *pnd);
int nfc_initiator_init(nfc_device *pnd);
//--- v1/nfc-internal.h
#include "nfc-types.h"
struct nfc_driver;
struct nfc_context { bool allow_autoscan; bool allow_intrusive_scan; uint32_t log_level; };
struct nfc_device {
  const struct nfc_driver *driver;
  void *driver_data;
  void *chip_data;
  char name[256];
  nfc_connstring connstring;
  bool bCrc;
  bool bPar;
  bool bEasyFraming;
  bool bInfiniteSelect;
  bool bAutoIso14443_4;
  uint8_t btSupportByte;
  int last_error;
};
//--- v2/nfc-internal.h
#include "nfc-types.h"
struct nfc_driver;
struct nfc_context { bool allow_autoscan; bool allow_intrusive_scan; uint32_t log_level; };
struct nfc_device {
  const nfc_context *context;
  const struct nfc_driver *driver;
  void *driver_data;
  void *chip_data;
  char name[256];
  nfc_connstring connstring;
  bool bCrc;
  bool bPar;
  bool bEasyFraming;
  bool bInfiniteSelect;
  bool bAutoIso14443_4;
  uint8_t btSupportByte;
  int last_error;
};
//--- v1
#include <stdlib.h>
#include <string.h>
#include "nfc.h"
#include "nfc-internal.h"
void nfc_init(nfc_context **context) { *context = calloc(1, sizeof **context); if (*context) (*context)->allow_autoscan = true; }
void nfc_exit(nfc_context *context) { free(context); }
nfc_device *nfc_open(nfc_context *context, const nfc_connstring connstring) {
  if (!context) return NULL;
  nfc_device *pnd = calloc(1, sizeof *pnd);
  if (!pnd) return NULL;
  strncpy(pnd->connstring, connstring ? connstring : "pn53x_usb", sizeof pnd->connstring - 1);
  strncpy(pnd->name, "ACS / ACR122U PICC Interface", sizeof pnd->name - 1);
  return pnd;
}
void nfc_close(nfc_device *pnd) { free(pnd); }
const char *nfc_device_get_name(nfc_device *pnd) { return pnd->name; }
int nfc_device_get_last_error(const nfc_device *pnd) { return pnd->last_error; }
int nfc_initiator_init(nfc_device *pnd) { pnd->bCrc = pnd->bPar = pnd->bAutoIso14443_4 = true; pnd->bEasyFraming = true; pnd->last_error = 0; return 0; }
//--- v2
#include <stdlib.h>
#include <string.h>
#include "nfc.h"
#include "nfc-internal.h"
void nfc_init(nfc_context **context) { *context = calloc(1, sizeof **context); if (*context) (*context)->allow_autoscan = true; }
void nfc_exit(nfc_context *context) { free(context); }
nfc_device *nfc_open(nfc_context *context, const nfc_connstring connstring) {
  if (!context) return NULL;
  nfc_device *pnd = calloc(1, sizeof *pnd);
  if (!pnd) return NULL;
  pnd->context = context;
  strncpy(pnd->connstring, connstring ? connstring : "pn53x_usb", sizeof pnd->connstring - 1);
  strncpy(pnd->name, "ACS / ACR122U PICC Interface", sizeof pnd->name - 1);
  return pnd;
}
void nfc_close(nfc_device *pnd) { free(pnd); }
const char *nfc_device_get_name(nfc_device *pnd) { return pnd->name; }
int nfc_device_get_last_error(const nfc_device *pnd) { return pnd->last_error; }
int nfc_initiator_init(nfc_device *pnd) { pnd->bCrc = pnd->bPar = pnd->bAutoIso14443_4 = true; pnd->bEasyFraming = pnd->context->allow_autoscan; pnd->last_error = 0; return 0; }
