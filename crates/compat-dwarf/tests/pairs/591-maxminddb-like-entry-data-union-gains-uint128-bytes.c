// expect: breaking
// why: MMDB_entry_data_s is caller-allocated: consumers pass their own object to MMDB_get_value, which fills it.
// why: v2 adds uint8_t uint128[16] to its value union (libmaxminddb's byte-array spelling of a 128-bit integer):
// why: the union grows from 8 to 16 bytes, so offset, data_size and type move by 8 and the struct grows from 32 to
// why: 40 bytes; the library writes them where old callers do not look, and past their objects.
// abidiff: 4 agree
//--- v1/maxminddb.h
#include <stdint.h>
#include <stdbool.h>
typedef struct MMDB_s MMDB_s;
typedef struct MMDB_entry_data_s { bool has_data; union { uint32_t pointer; const char *utf8_string; double double_value; uint16_t uint16; uint32_t uint32; int32_t int32; uint64_t uint64; bool boolean; float float_value; }; uint32_t offset; uint32_t offset_to_next; uint32_t data_size; uint32_t type; } MMDB_entry_data_s;
int MMDB_get_value(const MMDB_s *mmdb, MMDB_entry_data_s *entry_data, const char *path);
//--- v2/maxminddb.h
#include <stdint.h>
#include <stdbool.h>
typedef struct MMDB_s MMDB_s;
typedef struct MMDB_entry_data_s { bool has_data; union { uint32_t pointer; const char *utf8_string; double double_value; uint16_t uint16; uint32_t uint32; int32_t int32; uint64_t uint64; uint8_t uint128[16]; bool boolean; float float_value; }; uint32_t offset; uint32_t offset_to_next; uint32_t data_size; uint32_t type; } MMDB_entry_data_s;
int MMDB_get_value(const MMDB_s *mmdb, MMDB_entry_data_s *entry_data, const char *path);
//--- v1
#include "maxminddb.h"
int MMDB_get_value(const MMDB_s *mmdb, MMDB_entry_data_s *entry_data, const char *path) { (void)mmdb; entry_data->has_data = path != 0; entry_data->utf8_string = path; entry_data->offset = 0; entry_data->offset_to_next = 0; entry_data->data_size = 0; entry_data->type = 2; return 0; }
//--- v2
#include "maxminddb.h"
int MMDB_get_value(const MMDB_s *mmdb, MMDB_entry_data_s *entry_data, const char *path) { (void)mmdb; entry_data->has_data = path != 0; entry_data->utf8_string = path; entry_data->offset = 0; entry_data->offset_to_next = 0; entry_data->data_size = 0; entry_data->type = 2; return 0; }
