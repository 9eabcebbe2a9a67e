// expect: breaking
// why: unw_cursor_t is an opaque array of words that callers allocate (on the stack, as every unwinder loop does)
// why: and unw_init_local fills with the library's private cursor state. v2's state needs more room, so
// why: UNW_TDEP_CURSOR_LEN goes from 127 to 140 words: the cursor grows from 1016 to 1120 bytes and v2's unw_init_local
// why: clears and fills 1072 bytes of state, 56 bytes past the end of an old caller's cursor.
// abidiff: 4 agree
//--- unwind-base.h
#include <stdint.h>
typedef uint64_t unw_word_t;
typedef int unw_regnum_t;
typedef struct unw_context { unw_word_t regs[17]; } unw_context_t;
enum { UNW_X86_64_RIP = 16, UNW_REG_IP = UNW_X86_64_RIP, UNW_REG_SP = 7 };
int unw_getcontext(unw_context_t *ctx);
//--- v1/libunwind.h
#define UNW_TDEP_CURSOR_LEN 127
typedef struct unw_cursor { unw_word_t opaque[UNW_TDEP_CURSOR_LEN]; } unw_cursor_t;
int unw_init_local(unw_cursor_t *cursor, unw_context_t *ctx);
int unw_step(unw_cursor_t *cursor);
int unw_get_reg(unw_cursor_t *cursor, unw_regnum_t reg, unw_word_t *valp);
//--- v2/libunwind.h
#define UNW_TDEP_CURSOR_LEN 140
typedef struct unw_cursor { unw_word_t opaque[UNW_TDEP_CURSOR_LEN]; } unw_cursor_t;
int unw_init_local(unw_cursor_t *cursor, unw_context_t *ctx);
int unw_step(unw_cursor_t *cursor);
int unw_get_reg(unw_cursor_t *cursor, unw_regnum_t reg, unw_word_t *valp);
//--- v1
#include <string.h>
#include "unwind-base.h"
#include "libunwind.h"
struct cursor { unw_context_t *uc; unw_word_t cfa; unw_word_t ip; unw_word_t loc[17]; unw_word_t cache[100]; int depth; int valid; };
_Static_assert(sizeof(struct cursor) <= sizeof(unw_cursor_t), "cursor fits");
int unw_getcontext(unw_context_t *ctx) { memset(ctx, 0, sizeof *ctx); ctx->regs[UNW_REG_IP] = (unw_word_t)__builtin_return_address(0); ctx->regs[UNW_REG_SP] = (unw_word_t)__builtin_frame_address(0); return 0; }
int unw_init_local(unw_cursor_t *cursor, unw_context_t *ctx) {
    struct cursor *c = (struct cursor *)cursor;
    memset(c, 0, sizeof *c);
    c->uc = ctx; c->ip = ctx->regs[UNW_REG_IP]; c->cfa = ctx->regs[UNW_REG_SP];
    for (int i = 0; i < 17; i++) c->loc[i] = ctx->regs[i];
    c->valid = 1; return 0;
}
int unw_step(unw_cursor_t *cursor) { struct cursor *c = (struct cursor *)cursor; if (!c->valid || c->depth >= 64 || !c->ip) return 0; c->cache[c->depth % 100] = c->ip; c->depth++; c->ip = 0; return 1; }
int unw_get_reg(unw_cursor_t *cursor, unw_regnum_t reg, unw_word_t *valp) { struct cursor *c = (struct cursor *)cursor; if (reg < 0 || reg > 16 || !valp) return -8; *valp = reg == UNW_REG_IP ? c->ip : reg == UNW_REG_SP ? c->cfa : c->loc[reg]; return 0; }
//--- v2
#include <string.h>
#include "unwind-base.h"
#include "libunwind.h"
struct cursor { unw_context_t *uc; unw_word_t cfa; unw_word_t ip; unw_word_t loc[17]; unw_word_t cache[100]; unw_word_t sigcontext_addr; unw_word_t ret_addr_column; unw_word_t dwarf_regs[10]; int depth; int valid; int use_prev_instr; int stash_frames; };
_Static_assert(sizeof(struct cursor) <= sizeof(unw_cursor_t), "cursor fits");
_Static_assert(sizeof(struct cursor) > 127 * sizeof(unw_word_t), "cursor outgrew v1's");
int unw_getcontext(unw_context_t *ctx) { memset(ctx, 0, sizeof *ctx); ctx->regs[UNW_REG_IP] = (unw_word_t)__builtin_return_address(0); ctx->regs[UNW_REG_SP] = (unw_word_t)__builtin_frame_address(0); return 0; }
int unw_init_local(unw_cursor_t *cursor, unw_context_t *ctx) {
    struct cursor *c = (struct cursor *)cursor;
    memset(c, 0, sizeof *c);
    c->uc = ctx; c->ip = ctx->regs[UNW_REG_IP]; c->cfa = ctx->regs[UNW_REG_SP];
    for (int i = 0; i < 17; i++) c->loc[i] = ctx->regs[i];
    c->ret_addr_column = UNW_REG_IP; c->use_prev_instr = 1;
    c->valid = 1; return 0;
}
int unw_step(unw_cursor_t *cursor) { struct cursor *c = (struct cursor *)cursor; if (!c->valid || c->depth >= 64 || !c->ip) return 0; c->cache[c->depth % 100] = c->ip; c->dwarf_regs[c->depth % 10] = c->cfa; c->depth++; c->ip = 0; return 1; }
int unw_get_reg(unw_cursor_t *cursor, unw_regnum_t reg, unw_word_t *valp) { struct cursor *c = (struct cursor *)cursor; if (reg < 0 || reg > 16 || !valp) return -8; *valp = reg == UNW_REG_IP ? c->ip : reg == UNW_REG_SP ? c->cfa : c->loc[reg]; return 0; }
