// expect: info
// why: memcached_return_t gains MEMCACHED_DEADLOCK after the last value; no existing enumerator moves and there is
// why: no count sentinel, so old binaries' values keep their meaning (the library may now return a code they do not
// why: know, which strerror handles).
// abidiff: 0 agree
//--- v1/memcached.h
typedef enum memcached_return_t { MEMCACHED_SUCCESS, MEMCACHED_FAILURE, MEMCACHED_HOST_LOOKUP_FAILURE, MEMCACHED_CONNECTION_FAILURE, MEMCACHED_TIMEOUT } memcached_return_t;
typedef struct memcached_st memcached_st;
memcached_return_t memcached_flush(memcached_st *ptr, long expiration);
const char *memcached_strerror(const memcached_st *ptr, memcached_return_t rc);
//--- v2/memcached.h
typedef enum memcached_return_t { MEMCACHED_SUCCESS, MEMCACHED_FAILURE, MEMCACHED_HOST_LOOKUP_FAILURE, MEMCACHED_CONNECTION_FAILURE, MEMCACHED_TIMEOUT, MEMCACHED_DEADLOCK } memcached_return_t;
typedef struct memcached_st memcached_st;
memcached_return_t memcached_flush(memcached_st *ptr, long expiration);
const char *memcached_strerror(const memcached_st *ptr, memcached_return_t rc);
//--- v1
#include "memcached.h"
memcached_return_t memcached_flush(memcached_st *ptr, long expiration) { if (!ptr) return MEMCACHED_FAILURE; return expiration < 0 ? MEMCACHED_TIMEOUT : MEMCACHED_SUCCESS; }
const char *memcached_strerror(const memcached_st *ptr, memcached_return_t rc) { (void)ptr; static const char *s[] = { "SUCCESS", "FAILURE", "HOST LOOKUP FAILURE", "CONNECTION FAILURE", "TIMEOUT" }; return (unsigned)rc < 5 ? s[rc] : "UNKNOWN"; }
//--- v2
#include "memcached.h"
memcached_return_t memcached_flush(memcached_st *ptr, long expiration) { if (!ptr) return MEMCACHED_FAILURE; return expiration < 0 ? MEMCACHED_TIMEOUT : expiration == 1 ? MEMCACHED_DEADLOCK : MEMCACHED_SUCCESS; }
const char *memcached_strerror(const memcached_st *ptr, memcached_return_t rc) { (void)ptr; static const char *s[] = { "SUCCESS", "FAILURE", "HOST LOOKUP FAILURE", "CONNECTION FAILURE", "TIMEOUT", "DEADLOCK" }; return (unsigned)rc < 6 ? s[rc] : "UNKNOWN"; }
