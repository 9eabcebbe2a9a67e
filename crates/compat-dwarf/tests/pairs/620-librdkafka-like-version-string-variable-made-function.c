// expect: breaking
// why: v1 exports the data object rd_kafka_version_str (a const char *const), which consumers read directly;
// why: v2 replaces it by a function of the same name returning the string. Old binaries load a pointer from the
// why: symbol's address, which is now code: the symbol changed from an object to a function.
// abidiff: 12 agree
//--- v1/rdkafka.h
extern const char *const rd_kafka_version_str;
int rd_kafka_version(void);
//--- v2/rdkafka.h
const char *rd_kafka_version_str(void);
int rd_kafka_version(void);
//--- v1
#include "rdkafka.h"
const char *const rd_kafka_version_str = "1.9.2";
int rd_kafka_version(void) { return 0x010902ff; }
//--- v2
#include "rdkafka.h"
const char *rd_kafka_version_str(void) { return "2.0.0"; }
int rd_kafka_version(void) { return 0x020000ff; }
