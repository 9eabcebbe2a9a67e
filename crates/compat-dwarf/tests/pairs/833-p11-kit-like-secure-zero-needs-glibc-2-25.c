// expect: warning
// why: v2 wipes PINs with explicit_bzero instead of a volatile memset loop (p11-kit's secure-memory cleanup), so it
// why: needs GLIBC_2.25, which nothing v1 needed implies: v2 fails to load on glibc 2.14 to 2.24, where v1 loads (as
// why: in 507). Types and symbols are otherwise unchanged.
// abidiff: 0 disagree: abidiff does not compare symbol version requirements; a consumer on an older glibc cannot load v2.
//--- p11-kit.h
#include <stddef.h>
typedef struct p11_kit_pin p11_kit_pin;
p11_kit_pin *p11_kit_pin_new_for_string(const char *value);
const unsigned char *p11_kit_pin_get_value(p11_kit_pin *pin, size_t *length);
void p11_kit_pin_unref(p11_kit_pin *pin);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "p11-kit.h"
struct p11_kit_pin { int ref_count; unsigned char *buffer; size_t length; };
p11_kit_pin *p11_kit_pin_new_for_string(const char *value) {
    p11_kit_pin *pin = calloc(1, sizeof *pin); if (!pin || !value) { free(pin); return 0; }
    pin->length = strlen(value); pin->buffer = malloc(pin->length + 1);
    if (!pin->buffer) { free(pin); return 0; }
    memcpy(pin->buffer, value, pin->length + 1); pin->ref_count = 1; return pin;
}
const unsigned char *p11_kit_pin_get_value(p11_kit_pin *pin, size_t *length) { if (length) *length = pin->length; return pin->buffer; }
void p11_kit_pin_unref(p11_kit_pin *pin) {
    if (!pin || --pin->ref_count > 0) return;
    volatile unsigned char *p = pin->buffer; for (size_t i = 0; i < pin->length; i++) p[i] = 0;
    free(pin->buffer); free(pin);
}
//--- v2
#include <stdlib.h>
#include <string.h>
#include "p11-kit.h"
struct p11_kit_pin { int ref_count; unsigned char *buffer; size_t length; };
p11_kit_pin *p11_kit_pin_new_for_string(const char *value) {
    p11_kit_pin *pin = calloc(1, sizeof *pin); if (!pin || !value) { free(pin); return 0; }
    pin->length = strlen(value); pin->buffer = malloc(pin->length + 1);
    if (!pin->buffer) { free(pin); return 0; }
    memcpy(pin->buffer, value, pin->length + 1); pin->ref_count = 1; return pin;
}
const unsigned char *p11_kit_pin_get_value(p11_kit_pin *pin, size_t *length) { if (length) *length = pin->length; return pin->buffer; }
void p11_kit_pin_unref(p11_kit_pin *pin) {
    if (!pin || --pin->ref_count > 0) return;
    explicit_bzero(pin->buffer, pin->length);
    free(pin->buffer); free(pin);
}
