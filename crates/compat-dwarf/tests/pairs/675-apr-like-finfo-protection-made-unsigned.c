// expect: warning
// why: apr_finfo_t is caller-allocated (apr_stat fills the caller's struct; nothing hands one out). v2 retargets
// why: apr_fileperms_t from apr_int32_t to apr_uint32_t, so the protection member keeps its four bytes and offset
// why: but flips signedness: a same-size signedness change of a member callers read (as in 37).
// abidiff: 4 agree
//--- v1/apr_file_info.h
typedef int apr_int32_t;
typedef unsigned int apr_uint32_t;
typedef long apr_off_t;
typedef apr_int32_t apr_fileperms_t;
typedef struct apr_pool_t apr_pool_t;
typedef enum { APR_NOFILE = 0, APR_REG, APR_DIR } apr_filetype_e;
typedef struct apr_finfo_t { apr_pool_t *pool; apr_int32_t valid; apr_fileperms_t protection; apr_filetype_e filetype; apr_off_t size; const char *fname; } apr_finfo_t;
int apr_stat(apr_finfo_t *finfo, const char *fname, apr_int32_t wanted, apr_pool_t *pool);
//--- v2/apr_file_info.h
typedef int apr_int32_t;
typedef unsigned int apr_uint32_t;
typedef long apr_off_t;
typedef apr_uint32_t apr_fileperms_t;
typedef struct apr_pool_t apr_pool_t;
typedef enum { APR_NOFILE = 0, APR_REG, APR_DIR } apr_filetype_e;
typedef struct apr_finfo_t { apr_pool_t *pool; apr_int32_t valid; apr_fileperms_t protection; apr_filetype_e filetype; apr_off_t size; const char *fname; } apr_finfo_t;
int apr_stat(apr_finfo_t *finfo, const char *fname, apr_int32_t wanted, apr_pool_t *pool);
//--- v1
#include <sys/stat.h>
#include "apr_file_info.h"
int apr_stat(apr_finfo_t *f, const char *fname, apr_int32_t wanted, apr_pool_t *pool) { struct stat st; if (stat(fname, &st)) return -1; f->pool = pool; f->valid = wanted; f->protection = (apr_fileperms_t)(st.st_mode & 07777); f->filetype = S_ISDIR(st.st_mode) ? APR_DIR : APR_REG; f->size = st.st_size; f->fname = fname; return 0; }
//--- v2
#include <sys/stat.h>
#include "apr_file_info.h"
int apr_stat(apr_finfo_t *f, const char *fname, apr_int32_t wanted, apr_pool_t *pool) { struct stat st; if (stat(fname, &st)) return -1; f->pool = pool; f->valid = wanted; f->protection = (apr_fileperms_t)(st.st_mode & 07777); f->filetype = S_ISDIR(st.st_mode) ? APR_DIR : APR_REG; f->size = st.st_size; f->fname = fname; return 0; }
