// expect: breaking
// why: libruby exports the version strings as arrays (const char ruby_description[], ruby_version[]), which
// why: extensions and embedding programs read directly (puts(ruby_description)). v2's description gains the
// why: "+YJIT +PRISM" suffix, so the exported object grows from 59 to 72 bytes. An executable that copy-relocated
// why: ruby_description when it was linked keeps room for 59 bytes, and ld.so copies only those: the string it sees
// why: has no terminating NUL and runs on into the next object.
// abidiff: 4 agree
//--- v1/version.h
extern const char ruby_version[];
extern const char ruby_description[];
extern const int ruby_patchlevel;
void ruby_show_version(void);
//--- v2/version.h
extern const char ruby_version[];
extern const char ruby_description[];
extern const int ruby_patchlevel;
void ruby_show_version(void);
//--- v1
#include <stdio.h>
#include "version.h"
const char ruby_version[] = "3.3.0";
const char ruby_description[] = "ruby 3.3.0 (2023-12-25 revision 5124f9ac75) [x86_64-linux]";
const int ruby_patchlevel = 0;
void ruby_show_version(void) { puts(ruby_description); fflush(stdout); }
//--- v2
#include <stdio.h>
#include "version.h"
const char ruby_version[] = "3.3.0";
const char ruby_description[] = "ruby 3.3.0 (2023-12-25 revision 5124f9ac75) +YJIT +PRISM [x86_64-linux]";
const int ruby_patchlevel = 0;
void ruby_show_version(void) { puts(ruby_description); fflush(stdout); }
