// expect: info
// why: mpv_node is caller-allocated (consumers build the argument node and pass a node for the result to
// why: mpv_command_node). v2 appends MPV_FORMAT_BYTE_ARRAY to mpv_format and a struct mpv_byte_array *ba
// why: variant to the node's union: a pointer, no bigger than the union's 8 bytes, so size and offsets hold; a
// why: new enumerator at the end changes no existing value. Binaries are unaffected; readers learn of the
// why: addition.
// abidiff: 0 agree
//--- v1/client.h
#include <stdint.h>
typedef struct mpv_handle mpv_handle;
typedef enum mpv_format { MPV_FORMAT_NONE = 0, MPV_FORMAT_STRING = 1, MPV_FORMAT_FLAG = 3, MPV_FORMAT_INT64 = 4, MPV_FORMAT_DOUBLE = 5, MPV_FORMAT_NODE = 6, MPV_FORMAT_NODE_ARRAY = 7, MPV_FORMAT_NODE_MAP = 8 } mpv_format;
typedef struct mpv_node { union { char *string; int flag; int64_t int64; double double_; struct mpv_node_list *list; } u; mpv_format format; } mpv_node;
typedef struct mpv_node_list { int num; mpv_node *values; char **keys; } mpv_node_list;
int mpv_command_node(mpv_handle *ctx, mpv_node *args, mpv_node *result);
//--- v2/client.h
#include <stdint.h>
#include <stddef.h>
typedef struct mpv_handle mpv_handle;
typedef enum mpv_format { MPV_FORMAT_NONE = 0, MPV_FORMAT_STRING = 1, MPV_FORMAT_FLAG = 3, MPV_FORMAT_INT64 = 4, MPV_FORMAT_DOUBLE = 5, MPV_FORMAT_NODE = 6, MPV_FORMAT_NODE_ARRAY = 7, MPV_FORMAT_NODE_MAP = 8, MPV_FORMAT_BYTE_ARRAY = 9 } mpv_format;
typedef struct mpv_node { union { char *string; int flag; int64_t int64; double double_; struct mpv_node_list *list; struct mpv_byte_array *ba; } u; mpv_format format; } mpv_node;
typedef struct mpv_node_list { int num; mpv_node *values; char **keys; } mpv_node_list;
typedef struct mpv_byte_array { void *data; size_t size; } mpv_byte_array;
int mpv_command_node(mpv_handle *ctx, mpv_node *args, mpv_node *result);
//--- v1
#include "client.h"
int mpv_command_node(mpv_handle *ctx, mpv_node *args, mpv_node *result) { (void)ctx; if (args->format != MPV_FORMAT_NODE_ARRAY) return -4; result->format = MPV_FORMAT_INT64; result->u.int64 = args->u.list->num; return 0; }
//--- v2
#include "client.h"
int mpv_command_node(mpv_handle *ctx, mpv_node *args, mpv_node *result) { (void)ctx; if (args->format == MPV_FORMAT_BYTE_ARRAY) { result->format = MPV_FORMAT_INT64; result->u.int64 = (int64_t)args->u.ba->size; return 0; } if (args->format != MPV_FORMAT_NODE_ARRAY) return -4; result->format = MPV_FORMAT_INT64; result->u.int64 = args->u.list->num; return 0; }
