// expect: info
// why: SecretSchema is a struct consumers define statically and pass to secret_password_store_sync; its trailing
// why: gpointer reserved1 .. reserved7 keep room for growth. v2 replaces reserved1 in place by a const char
// why: *collection of the same size at the same offset: the struct keeps its 56 bytes and every other member its
// why: offset, and old schemas have NULL there, which v2 reads as the default collection (as in 425).
// abidiff: 0 agree
//--- v1/secret.h
typedef void *gpointer;
typedef enum { SECRET_SCHEMA_NONE = 0, SECRET_SCHEMA_DONT_MATCH_NAME = 1 << 1 } SecretSchemaFlags;
typedef struct { const char *name; SecretSchemaFlags flags; int reserved; gpointer reserved1; gpointer reserved2; gpointer reserved3; gpointer reserved4; gpointer reserved5; } SecretSchema;
int secret_password_store_sync(const SecretSchema *schema, const char *label, const char *password);
//--- v2/secret.h
typedef void *gpointer;
typedef enum { SECRET_SCHEMA_NONE = 0, SECRET_SCHEMA_DONT_MATCH_NAME = 1 << 1 } SecretSchemaFlags;
typedef struct { const char *name; SecretSchemaFlags flags; int reserved; const char *collection; gpointer reserved2; gpointer reserved3; gpointer reserved4; gpointer reserved5; } SecretSchema;
int secret_password_store_sync(const SecretSchema *schema, const char *label, const char *password);
//--- v1
#include <string.h>
#include "secret.h"
int secret_password_store_sync(const SecretSchema *schema, const char *label, const char *password) { if (!schema || !schema->name || !password) return 0; return (int)(strlen(schema->name) + strlen(password) + (label ? 1 : 0)); }
//--- v2
#include <string.h>
#include "secret.h"
int secret_password_store_sync(const SecretSchema *schema, const char *label, const char *password) { if (!schema || !schema->name || !password) return 0; const char *coll = schema->collection ? schema->collection : "default"; return (int)(strlen(schema->name) + strlen(password) + strlen(coll) + (label ? 1 : 0)); }
