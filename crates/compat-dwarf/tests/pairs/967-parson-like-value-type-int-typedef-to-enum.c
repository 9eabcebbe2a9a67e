// expect: info
// why: parson declared enum json_value_type (JSONError = -1, JSONNull = 1, ...) but typedef int JSON_Value_Type, the
// why: result of json_value_get_type and json_type. v2 makes the typedef name the enum itself. The enum has a
// why: negative enumerator, so its underlying type is int: the same 4 bytes in %eax, the same signedness and the
// why: same C symbols. Binaries are unaffected; the declared type of the results changed.
// abidiff: 0 agree
//--- v1/parson.h
typedef struct json_value_t JSON_Value;
enum json_value_type { JSONError = -1, JSONNull = 1, JSONString = 2, JSONNumber = 3, JSONObject = 4, JSONArray = 5, JSONBoolean = 6 };
typedef int JSON_Value_Type;
JSON_Value *json_parse_string(const char *string);
JSON_Value_Type json_value_get_type(const JSON_Value *value);
JSON_Value_Type json_type(const JSON_Value *value);
void json_value_free(JSON_Value *value);
//--- v2/parson.h
typedef struct json_value_t JSON_Value;
enum json_value_type { JSONError = -1, JSONNull = 1, JSONString = 2, JSONNumber = 3, JSONObject = 4, JSONArray = 5, JSONBoolean = 6 };
typedef enum json_value_type JSON_Value_Type;
JSON_Value *json_parse_string(const char *string);
JSON_Value_Type json_value_get_type(const JSON_Value *value);
JSON_Value_Type json_type(const JSON_Value *value);
void json_value_free(JSON_Value *value);
//--- lib.c
#include <stdlib.h>
#include <string.h>
#include "parson.h"
struct json_value_t { JSON_Value *parent; JSON_Value_Type type; double number; };
JSON_Value *json_parse_string(const char *string) {
    JSON_Value *v; if (!string) return NULL; v = calloc(1, sizeof *v); if (!v) return NULL;
    if (!strcmp(string, "null")) v->type = JSONNull;
    else if (*string == '"') v->type = JSONString;
    else if (*string == '{') v->type = JSONObject;
    else if (*string == '[') v->type = JSONArray;
    else if (!strcmp(string, "true") || !strcmp(string, "false")) v->type = JSONBoolean;
    else { v->type = JSONNumber; v->number = strtod(string, NULL); }
    return v;
}
JSON_Value_Type json_value_get_type(const JSON_Value *value) { return value ? value->type : JSONError; }
JSON_Value_Type json_type(const JSON_Value *value) { return json_value_get_type(value); }
void json_value_free(JSON_Value *value) { free(value); }
