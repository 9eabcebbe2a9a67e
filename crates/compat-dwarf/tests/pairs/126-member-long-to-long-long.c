// expect: info
// why: size in the caller-filled struct file_info changes from long to long long: on x86-64 both are 8-byte
// why: signed integers, so layout and values are identical and C symbols carry no types; a different type
// why: with the same representation, worth telling a reader.
// abidiff: 4 disagree: abidiff reports long int changed to long long int; both are 8-byte signed integers on x86-64 and C symbols carry no types.
//--- v1/fi.h
struct file_info { const char *path; long size; };
int fi_register(const struct file_info *fi);
//--- v2/fi.h
struct file_info { const char *path; long long size; };
int fi_register(const struct file_info *fi);
//--- v1
#include "fi.h"
int fi_register(const struct file_info *fi) { return fi->path && fi->size > 0; }
//--- v2
#include "fi.h"
int fi_register(const struct file_info *fi) { return fi->path && fi->size > 0; }
