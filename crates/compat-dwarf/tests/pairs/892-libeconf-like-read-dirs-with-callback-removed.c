// expect: breaking
// why: v2 removes econf_readDirsWithCallback, deprecated in favour of econf_readConfigWithCallback (which takes a
// why: project name and looks in the run-time directory too). Consumers linked against v1 that call it fail to load
// why: or to resolve the symbol with v2.
// abidiff: 12 agree
//--- libeconf-base.h
#include <stdbool.h>
typedef enum { ECONF_SUCCESS = 0, ECONF_ERROR = 1, ECONF_NOMEM = 2, ECONF_NOFILE = 3, ECONF_PARSING_CALLBACK_FAILED = 20 } econf_err;
typedef struct econf_file econf_file;
econf_err econf_readConfigWithCallback(econf_file **key_file, const char *project, const char *usr_subdir, const char *config_name, const char *config_suffix, const char *delim, const char *comment, bool (*callback)(const char *filename, const void *data), const void *callback_data);
econf_err econf_getIntValue(econf_file *kf, const char *group, const char *key, int *result);
void econf_freeFile(econf_file *key_file);
//--- v1/libeconf.h
econf_err econf_readDirsWithCallback(econf_file **key_file, const char *usr_conf_dir, const char *etc_conf_dir, const char *config_name, const char *config_suffix, const char *delim, const char *comment, bool (*callback)(const char *filename, const void *data), const void *callback_data);
//--- v2/libeconf.h
//--- v1
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "libeconf-base.h"
#include "libeconf.h"
struct econf_file { char path[512]; int value; };
static econf_err load(econf_file **key_file, const char *dir1, const char *dir2, const char *name, const char *suffix, bool (*callback)(const char *, const void *), const void *data) {
    if (!key_file || !name) return ECONF_ERROR;
    econf_file *f = calloc(1, sizeof *f);
    if (!f) return ECONF_NOMEM;
    snprintf(f->path, sizeof f->path, "%s/%s%s", dir2 ? dir2 : dir1 ? dir1 : "/etc", name, suffix ? suffix : "");
    if (callback && !callback(f->path, data)) { free(f); return ECONF_PARSING_CALLBACK_FAILED; }
    f->value = (int)strlen(f->path); *key_file = f; return ECONF_SUCCESS;
}
econf_err econf_readDirsWithCallback(econf_file **key_file, const char *usr_conf_dir, const char *etc_conf_dir, const char *config_name, const char *config_suffix, const char *delim, const char *comment, bool (*callback)(const char *filename, const void *data), const void *callback_data) { (void)delim; (void)comment; return load(key_file, usr_conf_dir, etc_conf_dir, config_name, config_suffix, callback, callback_data); }
econf_err econf_readConfigWithCallback(econf_file **key_file, const char *project, const char *usr_subdir, const char *config_name, const char *config_suffix, const char *delim, const char *comment, bool (*callback)(const char *filename, const void *data), const void *callback_data) { (void)delim; (void)comment; (void)project; return load(key_file, usr_subdir, "/etc", config_name, config_suffix, callback, callback_data); }
econf_err econf_getIntValue(econf_file *kf, const char *group, const char *key, int *result) { (void)group; if (!kf || !key || !result) return ECONF_ERROR; *result = kf->value; return ECONF_SUCCESS; }
void econf_freeFile(econf_file *key_file) { free(key_file); }
//--- v2
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "libeconf-base.h"
#include "libeconf.h"
struct econf_file { char path[512]; int value; };
static econf_err load(econf_file **key_file, const char *dir1, const char *dir2, const char *name, const char *suffix, bool (*callback)(const char *, const void *), const void *data) {
    if (!key_file || !name) return ECONF_ERROR;
    econf_file *f = calloc(1, sizeof *f);
    if (!f) return ECONF_NOMEM;
    snprintf(f->path, sizeof f->path, "%s/%s%s", dir2 ? dir2 : dir1 ? dir1 : "/etc", name, suffix ? suffix : "");
    if (callback && !callback(f->path, data)) { free(f); return ECONF_PARSING_CALLBACK_FAILED; }
    f->value = (int)strlen(f->path); *key_file = f; return ECONF_SUCCESS;
}
econf_err econf_readConfigWithCallback(econf_file **key_file, const char *project, const char *usr_subdir, const char *config_name, const char *config_suffix, const char *delim, const char *comment, bool (*callback)(const char *filename, const void *data), const void *callback_data) { (void)delim; (void)comment; (void)project; return load(key_file, usr_subdir, "/etc", config_name, config_suffix, callback, callback_data); }
econf_err econf_getIntValue(econf_file *kf, const char *group, const char *key, int *result) { (void)group; if (!kf || !key || !result) return ECONF_ERROR; *result = kf->value; return ECONF_SUCCESS; }
void econf_freeFile(econf_file *key_file) { free(key_file); }
