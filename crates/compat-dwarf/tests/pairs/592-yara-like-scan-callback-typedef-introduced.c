// expect: none
// why: v1 spells the scan callback's type out in yr_rules_scan_mem's prototype and in the caller-filled
// why: YR_SCAN_OPTIONS; v2 names it YR_CALLBACK_FUNC and uses the typedef in both places: the same function
// why: pointer type, so nothing changed.
// abidiff: 0 agree
//--- v1/yara.h
#include <stddef.h>
#include <stdint.h>
typedef struct YR_RULES YR_RULES;
typedef struct YR_SCAN_OPTIONS { int flags; int timeout; int (*callback)(void *context, int message, void *message_data, void *user_data); void *user_data; } YR_SCAN_OPTIONS;
int yr_rules_scan_mem(YR_RULES *rules, const uint8_t *buffer, size_t buffer_size, int flags, int (*callback)(void *context, int message, void *message_data, void *user_data), void *user_data, int timeout);
int yr_rules_scan_mem_opts(YR_RULES *rules, const uint8_t *buffer, size_t buffer_size, const YR_SCAN_OPTIONS *opts);
//--- v2/yara.h
#include <stddef.h>
#include <stdint.h>
typedef struct YR_RULES YR_RULES;
typedef int (*YR_CALLBACK_FUNC)(void *context, int message, void *message_data, void *user_data);
typedef struct YR_SCAN_OPTIONS { int flags; int timeout; YR_CALLBACK_FUNC callback; void *user_data; } YR_SCAN_OPTIONS;
int yr_rules_scan_mem(YR_RULES *rules, const uint8_t *buffer, size_t buffer_size, int flags, YR_CALLBACK_FUNC callback, void *user_data, int timeout);
int yr_rules_scan_mem_opts(YR_RULES *rules, const uint8_t *buffer, size_t buffer_size, const YR_SCAN_OPTIONS *opts);
//--- v1
#include "yara.h"
int yr_rules_scan_mem(YR_RULES *rules, const uint8_t *buffer, size_t buffer_size, int flags, int (*callback)(void *context, int message, void *message_data, void *user_data), void *user_data, int timeout) { (void)flags; (void)timeout; return buffer_size && buffer[0] == 'M' ? callback(rules, 1, (void *)buffer, user_data) : 0; }
int yr_rules_scan_mem_opts(YR_RULES *rules, const uint8_t *buffer, size_t buffer_size, const YR_SCAN_OPTIONS *opts) { return yr_rules_scan_mem(rules, buffer, buffer_size, opts->flags, opts->callback, opts->user_data, opts->timeout); }
//--- v2
#include "yara.h"
int yr_rules_scan_mem(YR_RULES *rules, const uint8_t *buffer, size_t buffer_size, int flags, YR_CALLBACK_FUNC callback, void *user_data, int timeout) { (void)flags; (void)timeout; return buffer_size && buffer[0] == 'M' ? callback(rules, 1, (void *)buffer, user_data) : 0; }
int yr_rules_scan_mem_opts(YR_RULES *rules, const uint8_t *buffer, size_t buffer_size, const YR_SCAN_OPTIONS *opts) { return yr_rules_scan_mem(rules, buffer, buffer_size, opts->flags, opts->callback, opts->user_data, opts->timeout); }
