// expect: breaking
// why: config_t is caller-allocated (config_t cfg; config_init(&cfg)), and the header's
// why: config_get_default_format macro reads the member directly. v2 inserts unsigned short float_precision
// why: after tab_width and makes default_format unsigned short (as libconfig 1.6 did): default_format moves from
// why: byte 14 to byte 16, include_dir, error_text and error_line by 8 bytes, and the struct grows from 40 to 48
// why: bytes: old binaries read float_precision through the macro and config_init writes past their objects. The
// why: move of default_format must be reported as a move although its type was also respelled.
// message: moved
// abidiff: 4 agree
//--- v1/libconfig.h
typedef struct config_setting_t config_setting_t;
typedef struct config_t { config_setting_t *root; int options; unsigned short tab_width; short default_format; const char *include_dir; const char *error_text; int error_line; } config_t;
#define config_get_default_format(C) ((C)->default_format)
void config_init(config_t *config);
int config_write_int(const config_t *config, long long value, char *buf, unsigned long len);
//--- v2/libconfig.h
typedef struct config_setting_t config_setting_t;
typedef struct config_t { config_setting_t *root; int options; unsigned short tab_width; unsigned short float_precision; unsigned short default_format; const char *include_dir; const char *error_text; int error_line; } config_t;
#define config_get_default_format(C) ((C)->default_format)
void config_init(config_t *config);
int config_write_int(const config_t *config, long long value, char *buf, unsigned long len);
//--- v1
#include <stdio.h>
#include <string.h>
#include "libconfig.h"
void config_init(config_t *config) { memset(config, 0, sizeof *config); config->tab_width = 2; config->default_format = 0; }
int config_write_int(const config_t *config, long long value, char *buf, unsigned long len) { return snprintf(buf, len, config->default_format == 1 ? "0x%llx" : "%lld", value); }
//--- v2
#include <stdio.h>
#include <string.h>
#include "libconfig.h"
void config_init(config_t *config) { memset(config, 0, sizeof *config); config->tab_width = 2; config->float_precision = 6; config->default_format = 0; }
int config_write_int(const config_t *config, long long value, char *buf, unsigned long len) { return snprintf(buf, len, config->default_format == 1 ? "0x%llx" : "%lld", value); }
