// expect: info
// why: CameraFilesystemFuncs is a callback table camera drivers fill (static CameraFilesystemFuncs fsfuncs = {
// why: .file_list_func = ..., ... }) and hand to gp_filesystem_set_funcs, which copies it. It ends with an array of
// why: unused pointers so that entries can be added in place: v2 takes unused[0] for read_file_func (partial reads)
// why: and shrinks the array from 32 to 31 entries, so read_file_func sits at byte 40 where unused[0] was and the
// why: table keeps its 296 bytes and every other offset. Old drivers' tables hold NULL there (designated
// why: initialisers zero the padding), which the library treats as "not supported": padding used in place (as in
// why: 181).
// abidiff: 4 disagree: abidiff reports read_file_func inserted and unused shrunk from 32 to 31 entries and moved; the new entry takes unused[0]'s 8 bytes in place and the table keeps its 296 bytes (as in 181).
//--- v1/gphoto2-filesys.h
typedef struct _CameraFilesystem CameraFilesystem;
typedef struct _CameraList CameraList;
typedef struct _GPContext GPContext;
typedef struct _CameraFile CameraFile;
typedef int (*CameraFilesystemListFunc)(CameraFilesystem *fs, const char *folder, CameraList *list, void *data, GPContext *context);
typedef int (*CameraFilesystemGetInfoFunc)(CameraFilesystem *fs, const char *folder, const char *filename, void *info, void *data, GPContext *context);
typedef int (*CameraFilesystemGetFileFunc)(CameraFilesystem *fs, const char *folder, const char *filename, int type, CameraFile *file, void *data, GPContext *context);
typedef int (*CameraFilesystemDeleteFileFunc)(CameraFilesystem *fs, const char *folder, const char *filename, void *data, GPContext *context);
typedef struct _CameraFilesystemFuncs {
  CameraFilesystemListFunc file_list_func;
  CameraFilesystemListFunc folder_list_func;
  CameraFilesystemGetInfoFunc get_info_func;
  CameraFilesystemGetFileFunc get_file_func;
  CameraFilesystemDeleteFileFunc del_file_func;
  void *unused[32];
} CameraFilesystemFuncs;
CameraFilesystem *gp_filesystem_new(void);
int gp_filesystem_set_funcs(CameraFilesystem *fs, CameraFilesystemFuncs *funcs, void *data);
int gp_filesystem_read_file(CameraFilesystem *fs, const char *folder, const char *filename, int type, unsigned long offset, char *buf, unsigned long *size, GPContext *context);
int gp_filesystem_free(CameraFilesystem *fs);
//--- v2/gphoto2-filesys.h
typedef struct _CameraFilesystem CameraFilesystem;
typedef struct _CameraList CameraList;
typedef struct _GPContext GPContext;
typedef struct _CameraFile CameraFile;
typedef int (*CameraFilesystemListFunc)(CameraFilesystem *fs, const char *folder, CameraList *list, void *data, GPContext *context);
typedef int (*CameraFilesystemGetInfoFunc)(CameraFilesystem *fs, const char *folder, const char *filename, void *info, void *data, GPContext *context);
typedef int (*CameraFilesystemGetFileFunc)(CameraFilesystem *fs, const char *folder, const char *filename, int type, CameraFile *file, void *data, GPContext *context);
typedef int (*CameraFilesystemReadFileFunc)(CameraFilesystem *fs, const char *folder, const char *filename, int type, unsigned long offset, char *buf, unsigned long *size, void *data, GPContext *context);
typedef int (*CameraFilesystemDeleteFileFunc)(CameraFilesystem *fs, const char *folder, const char *filename, void *data, GPContext *context);
typedef struct _CameraFilesystemFuncs {
  CameraFilesystemListFunc file_list_func;
  CameraFilesystemListFunc folder_list_func;
  CameraFilesystemGetInfoFunc get_info_func;
  CameraFilesystemGetFileFunc get_file_func;
  CameraFilesystemDeleteFileFunc del_file_func;
  CameraFilesystemReadFileFunc read_file_func;
  void *unused[31];
} CameraFilesystemFuncs;
CameraFilesystem *gp_filesystem_new(void);
int gp_filesystem_set_funcs(CameraFilesystem *fs, CameraFilesystemFuncs *funcs, void *data);
int gp_filesystem_read_file(CameraFilesystem *fs, const char *folder, const char *filename, int type, unsigned long offset, char *buf, unsigned long *size, GPContext *context);
int gp_filesystem_free(CameraFilesystem *fs);
//--- v1
#include <stdlib.h>
#include "gphoto2-filesys.h"
struct _CameraFilesystem { CameraFilesystemFuncs funcs; void *data; };
CameraFilesystem *gp_filesystem_new(void) { return calloc(1, sizeof(CameraFilesystem)); }
int gp_filesystem_set_funcs(CameraFilesystem *fs, CameraFilesystemFuncs *funcs, void *data) {
  if (!fs || !funcs) return -2;
  fs->funcs = *funcs; fs->data = data;
  return 0;
}
int gp_filesystem_read_file(CameraFilesystem *fs, const char *folder, const char *filename, int type, unsigned long offset, char *buf, unsigned long *size, GPContext *context) {
  (void)offset; (void)buf; (void)size;
  if (!fs->funcs.get_file_func) return -6;
  return fs->funcs.get_file_func(fs, folder, filename, type, NULL, fs->data, context);
}
int gp_filesystem_free(CameraFilesystem *fs) { free(fs); return 0; }
//--- v2
#include <stdlib.h>
#include "gphoto2-filesys.h"
struct _CameraFilesystem { CameraFilesystemFuncs funcs; void *data; };
CameraFilesystem *gp_filesystem_new(void) { return calloc(1, sizeof(CameraFilesystem)); }
int gp_filesystem_set_funcs(CameraFilesystem *fs, CameraFilesystemFuncs *funcs, void *data) {
  if (!fs || !funcs) return -2;
  fs->funcs = *funcs; fs->data = data;
  return 0;
}
int gp_filesystem_read_file(CameraFilesystem *fs, const char *folder, const char *filename, int type, unsigned long offset, char *buf, unsigned long *size, GPContext *context) {
  if (fs->funcs.read_file_func) return fs->funcs.read_file_func(fs, folder, filename, type, offset, buf, size, fs->data, context);
  if (!fs->funcs.get_file_func) return -6;
  return fs->funcs.get_file_func(fs, folder, filename, type, NULL, fs->data, context);
}
int gp_filesystem_free(CameraFilesystem *fs) { free(fs); return 0; }
