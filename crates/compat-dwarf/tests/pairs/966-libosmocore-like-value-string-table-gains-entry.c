// expect: breaking
// why: libosmocore exports name tables as variables (extern const struct value_string gsm48_chan_mode_names[])
// why: that consumers pass to get_value_string and walk to the { 0, NULL } terminator. v2 adds an entry for a new
// why: channel mode, so the exported object grows from 96 to 112 bytes. An executable that references the table
// why: gets a copy relocation sized by v1 (96 bytes) and the library's own references bind to that copy, which
// why: lacks the last entry and the terminator: lookups read past its end.
// abidiff: 4 agree
//--- v1/utils.h
#include <stdint.h>
struct value_string { uint32_t value; const char *str; };
extern const struct value_string gsm48_chan_mode_names[];
const char *get_value_string(const struct value_string *vs, uint32_t val);
const char *gsm48_chan_mode_name(uint32_t mode);
//--- v2/utils.h
#include <stdint.h>
struct value_string { uint32_t value; const char *str; };
extern const struct value_string gsm48_chan_mode_names[];
const char *get_value_string(const struct value_string *vs, uint32_t val);
const char *gsm48_chan_mode_name(uint32_t mode);
//--- v1
#include <stddef.h>
#include "utils.h"
const struct value_string gsm48_chan_mode_names[] = {
    { 0x00, "SIGNALLING" }, { 0x01, "SPEECH_V1" }, { 0x21, "SPEECH_EFR" }, { 0x41, "SPEECH_AMR" }, { 0x03, "DATA_14k5" },
    { 0, NULL }
};
const char *get_value_string(const struct value_string *vs, uint32_t val) { for (; vs->str; vs++) if (vs->value == val) return vs->str; return "unknown"; }
const char *gsm48_chan_mode_name(uint32_t mode) { return get_value_string(gsm48_chan_mode_names, mode); }
//--- v2
#include <stddef.h>
#include "utils.h"
const struct value_string gsm48_chan_mode_names[] = {
    { 0x00, "SIGNALLING" }, { 0x01, "SPEECH_V1" }, { 0x21, "SPEECH_EFR" }, { 0x41, "SPEECH_AMR" }, { 0x03, "DATA_14k5" },
    { 0x0f, "SPEECH_V4" },
    { 0, NULL }
};
const char *get_value_string(const struct value_string *vs, uint32_t val) { for (; vs->str; vs++) if (vs->value == val) return vs->str; return "unknown"; }
const char *gsm48_chan_mode_name(uint32_t mode) { return get_value_string(gsm48_chan_mode_names, mode); }
