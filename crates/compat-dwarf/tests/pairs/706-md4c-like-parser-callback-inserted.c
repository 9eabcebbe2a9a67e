// expect: breaking
// why: MD_PARSER is a callback table the caller fills and passes to md_parse (no export hands one out). v2 inserts
// why: debug_log before syntax, as md4c 0.4 did: old callers' syntax callback now sits where the library reads
// why: debug_log, and the library reads syntax past the end of their table.
// abidiff: 4 agree
//--- v1/md4c.h
typedef unsigned MD_SIZE;
typedef struct MD_PARSER { unsigned abi_version; unsigned flags; int (*enter_block)(int type, void *detail, void *userdata); int (*leave_block)(int type, void *detail, void *userdata); int (*text)(int type, const char *text, MD_SIZE size, void *userdata); void (*syntax)(void); } MD_PARSER;
int md_parse(const char *text, MD_SIZE size, const MD_PARSER *parser, void *userdata);
//--- v2/md4c.h
typedef unsigned MD_SIZE;
typedef struct MD_PARSER { unsigned abi_version; unsigned flags; int (*enter_block)(int type, void *detail, void *userdata); int (*leave_block)(int type, void *detail, void *userdata); int (*text)(int type, const char *text, MD_SIZE size, void *userdata); void (*debug_log)(const char *msg, void *userdata); void (*syntax)(void); } MD_PARSER;
int md_parse(const char *text, MD_SIZE size, const MD_PARSER *parser, void *userdata);
//--- v1
#include "md4c.h"
int md_parse(const char *text, MD_SIZE size, const MD_PARSER *p, void *ud) { if (!p || p->abi_version != 0) return -1; if (p->syntax) p->syntax(); int r = p->enter_block(0, 0, ud); if (!r && size) r = p->text(0, text, size, ud); if (!r) r = p->leave_block(0, 0, ud); return r; }
//--- v2
#include "md4c.h"
int md_parse(const char *text, MD_SIZE size, const MD_PARSER *p, void *ud) { if (!p || p->abi_version != 0) return -1; if (p->syntax) p->syntax(); if (p->debug_log) p->debug_log("parse", ud); int r = p->enter_block(0, 0, ud); if (!r && size) r = p->text(0, text, size, ud); if (!r) r = p->leave_block(0, 0, ud); return r; }
