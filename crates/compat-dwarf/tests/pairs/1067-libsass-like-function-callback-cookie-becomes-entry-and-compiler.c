// expect: breaking
// why: Custom Sass functions are C callbacks the application writes and registers with sass_make_function(signature,
// why: cb, cookie). libsass 3.3 changes the callback from (const union Sass_Value *args, void *cookie) to (args,
// why: Sass_Function_Entry cb, struct Sass_Compiler *compiler): the second argument, in the same register, is now the
// why: library's function entry instead of the application's cookie (reachable through sass_function_get_cookie). An
// why: old callback casts the entry to its own cookie type and reads the library's object as its data.
// abidiff: 4 agree
//--- v1/sass_functions.h
union Sass_Value;
struct Sass_Function;
typedef struct Sass_Function *Sass_Function_Entry;
typedef union Sass_Value *(*Sass_Function_Fn)(const union Sass_Value *args, void *cookie);
Sass_Function_Entry sass_make_function(const char *signature, Sass_Function_Fn cb, void *cookie);
void *sass_function_get_cookie(Sass_Function_Entry cb);
union Sass_Value *sass_call_function(Sass_Function_Entry cb, const union Sass_Value *args);
void sass_delete_function(Sass_Function_Entry entry);
//--- v2/sass_functions.h
union Sass_Value;
struct Sass_Compiler;
struct Sass_Function;
typedef struct Sass_Function *Sass_Function_Entry;
typedef union Sass_Value *(*Sass_Function_Fn)(const union Sass_Value *args, Sass_Function_Entry cb, struct Sass_Compiler *compiler);
Sass_Function_Entry sass_make_function(const char *signature, Sass_Function_Fn cb, void *cookie);
void *sass_function_get_cookie(Sass_Function_Entry cb);
union Sass_Value *sass_call_function(Sass_Function_Entry cb, const union Sass_Value *args);
void sass_delete_function(Sass_Function_Entry entry);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "sass_functions.h"
struct Sass_Function { char *signature; Sass_Function_Fn function; void *cookie; };
Sass_Function_Entry sass_make_function(const char *signature, Sass_Function_Fn cb, void *cookie) {
    Sass_Function_Entry e = calloc(1, sizeof *e);
    if (e) { e->signature = strdup(signature); e->function = cb; e->cookie = cookie; }
    return e;
}
void *sass_function_get_cookie(Sass_Function_Entry cb) { return cb->cookie; }
union Sass_Value *sass_call_function(Sass_Function_Entry cb, const union Sass_Value *args) { return cb->function(args, cb->cookie); }
void sass_delete_function(Sass_Function_Entry entry) { free(entry->signature); free(entry); }
//--- v2
#include <stdlib.h>
#include <string.h>
#include "sass_functions.h"
struct Sass_Compiler { int state; };
struct Sass_Function { char *signature; Sass_Function_Fn function; void *cookie; };
static struct Sass_Compiler current_compiler;
Sass_Function_Entry sass_make_function(const char *signature, Sass_Function_Fn cb, void *cookie) {
    Sass_Function_Entry e = calloc(1, sizeof *e);
    if (e) { e->signature = strdup(signature); e->function = cb; e->cookie = cookie; }
    return e;
}
void *sass_function_get_cookie(Sass_Function_Entry cb) { return cb->cookie; }
union Sass_Value *sass_call_function(Sass_Function_Entry cb, const union Sass_Value *args) { return cb->function(args, cb, &current_compiler); }
void sass_delete_function(Sass_Function_Entry entry) { free(entry->signature); free(entry); }
