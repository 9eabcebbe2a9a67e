// expect: breaking
// why: OnigSyntaxType is public twice over: the library exports syntax objects (OnigSyntaxRuby, OnigSyntaxPerl) that
// why: consumers reference directly, so their size is baked into copy relocations, and onig_copy_syntax copies into
// why: a caller-allocated one. v2 inserts unsigned int op3 after op2, moving behavior, options and the meta-character
// why: table and growing the struct from 40 to 44 bytes.
// abidiff: 4 agree
//--- v1/oniguruma.h
typedef unsigned int OnigOptionType;
typedef unsigned int OnigCodePoint;
typedef struct { OnigCodePoint esc; OnigCodePoint anychar; OnigCodePoint anytime; OnigCodePoint zero_or_one_time; OnigCodePoint one_or_more_time; OnigCodePoint anychar_anytime; } OnigMetaCharTableType;
typedef struct { unsigned int op; unsigned int op2; unsigned int behavior; OnigOptionType options; OnigMetaCharTableType meta_char_table; } OnigSyntaxType;
extern OnigSyntaxType OnigSyntaxRuby;
extern OnigSyntaxType OnigSyntaxPerl;
void onig_copy_syntax(OnigSyntaxType *to, OnigSyntaxType *from);
unsigned int onig_get_syntax_options(OnigSyntaxType *syntax);
//--- v2/oniguruma.h
typedef unsigned int OnigOptionType;
typedef unsigned int OnigCodePoint;
typedef struct { OnigCodePoint esc; OnigCodePoint anychar; OnigCodePoint anytime; OnigCodePoint zero_or_one_time; OnigCodePoint one_or_more_time; OnigCodePoint anychar_anytime; } OnigMetaCharTableType;
typedef struct { unsigned int op; unsigned int op2; unsigned int op3; unsigned int behavior; OnigOptionType options; OnigMetaCharTableType meta_char_table; } OnigSyntaxType;
extern OnigSyntaxType OnigSyntaxRuby;
extern OnigSyntaxType OnigSyntaxPerl;
void onig_copy_syntax(OnigSyntaxType *to, OnigSyntaxType *from);
unsigned int onig_get_syntax_options(OnigSyntaxType *syntax);
//--- v1
#include "oniguruma.h"
OnigSyntaxType OnigSyntaxRuby = { 0x1f3fffdu, 0x7fffe7u, 0x2100u, 0x2u, { '\\', '.', '*', '?', '+', 0 } };
OnigSyntaxType OnigSyntaxPerl = { 0x1f1ffd5u, 0x7ff0u, 0x2000u, 0x4u, { '\\', '.', '*', '?', '+', 0 } };
void onig_copy_syntax(OnigSyntaxType *to, OnigSyntaxType *from) { *to = *from; }
unsigned int onig_get_syntax_options(OnigSyntaxType *syntax) { return syntax->options; }
//--- v2
#include "oniguruma.h"
OnigSyntaxType OnigSyntaxRuby = { 0x1f3fffdu, 0x7fffe7u, 0x1u, 0x2100u, 0x2u, { '\\', '.', '*', '?', '+', 0 } };
OnigSyntaxType OnigSyntaxPerl = { 0x1f1ffd5u, 0x7ff0u, 0x0u, 0x2000u, 0x4u, { '\\', '.', '*', '?', '+', 0 } };
void onig_copy_syntax(OnigSyntaxType *to, OnigSyntaxType *from) { *to = *from; }
unsigned int onig_get_syntax_options(OnigSyntaxType *syntax) { return syntax->options; }
