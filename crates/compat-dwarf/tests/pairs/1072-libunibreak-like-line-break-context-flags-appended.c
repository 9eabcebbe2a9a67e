// expect: breaking
// why: struct LineBreakContext lives in the caller's storage (struct LineBreakContext ctx; lb_init_break_context(&ctx,
// why: ch, lang); then lb_process_next_char(&ctx, ch) per character): the header defines it and no export hands one
// why: out. libunibreak 5 appends int fLb21aHebrew and int cLb30aRI for rules LB21a and LB30a, which both functions
// why: write and read: on an old caller's 40-byte object v2 keeps fLb21aHebrew in its tail padding and cLb30aRI in the
// why: 4 bytes past its end, reading and writing them on every call.
// abidiff: 4 agree
//--- v1/linebreak.h
#include <stddef.h>
typedef unsigned int utf32_t;
enum LineBreakClass { LBP_Undefined, LBP_OP, LBP_CL, LBP_CP, LBP_QU, LBP_GL, LBP_NS, LBP_EX, LBP_SY, LBP_IS, LBP_PR, LBP_PO, LBP_NU, LBP_AL, LBP_HL, LBP_ID, LBP_IN, LBP_HY, LBP_BA, LBP_BB, LBP_B2, LBP_ZW, LBP_CM, LBP_WJ, LBP_H2, LBP_H3, LBP_JL, LBP_JV, LBP_JT, LBP_RI, LBP_EB, LBP_EM, LBP_ZWJ, LBP_CB, LBP_AI, LBP_BK, LBP_CJ, LBP_CR, LBP_LF, LBP_NL, LBP_SA, LBP_SG, LBP_SP, LBP_XX };
struct LineBreakProperties;
struct LineBreakContext {
    const char *lang;
    struct LineBreakProperties *lbpLang;
    enum LineBreakClass lbcCur;
    enum LineBreakClass lbcNew;
    enum LineBreakClass lbcLast;
    int fLb8aZwj;
    int fLb10LeftSpace;
};
void lb_init_break_context(struct LineBreakContext *lbpCtx, utf32_t ch, const char *lang);
int lb_process_next_char(struct LineBreakContext *lbpCtx, utf32_t ch);
//--- v2/linebreak.h
#include <stddef.h>
typedef unsigned int utf32_t;
enum LineBreakClass { LBP_Undefined, LBP_OP, LBP_CL, LBP_CP, LBP_QU, LBP_GL, LBP_NS, LBP_EX, LBP_SY, LBP_IS, LBP_PR, LBP_PO, LBP_NU, LBP_AL, LBP_HL, LBP_ID, LBP_IN, LBP_HY, LBP_BA, LBP_BB, LBP_B2, LBP_ZW, LBP_CM, LBP_WJ, LBP_H2, LBP_H3, LBP_JL, LBP_JV, LBP_JT, LBP_RI, LBP_EB, LBP_EM, LBP_ZWJ, LBP_CB, LBP_AI, LBP_BK, LBP_CJ, LBP_CR, LBP_LF, LBP_NL, LBP_SA, LBP_SG, LBP_SP, LBP_XX };
struct LineBreakProperties;
struct LineBreakContext {
    const char *lang;
    struct LineBreakProperties *lbpLang;
    enum LineBreakClass lbcCur;
    enum LineBreakClass lbcNew;
    enum LineBreakClass lbcLast;
    int fLb8aZwj;
    int fLb10LeftSpace;
    int fLb21aHebrew;
    int cLb30aRI;
};
void lb_init_break_context(struct LineBreakContext *lbpCtx, utf32_t ch, const char *lang);
int lb_process_next_char(struct LineBreakContext *lbpCtx, utf32_t ch);
//--- v1
#include "linebreak.h"
struct LineBreakProperties { utf32_t start, end; enum LineBreakClass prop; };
static enum LineBreakClass classify(utf32_t ch) { return ch == ' ' ? LBP_SP : ch == '\n' ? LBP_LF : ch == 0x200d ? LBP_ZWJ : (ch >= '0' && ch <= '9') ? LBP_NU : LBP_AL; }
void lb_init_break_context(struct LineBreakContext *c, utf32_t ch, const char *lang) {
    c->lang = lang; c->lbpLang = NULL;
    c->lbcCur = c->lbcLast = classify(ch); c->lbcNew = LBP_Undefined;
    c->fLb8aZwj = c->lbcCur == LBP_ZWJ; c->fLb10LeftSpace = c->lbcCur == LBP_SP;
}
int lb_process_next_char(struct LineBreakContext *c, utf32_t ch) {
    int brk;
    c->lbcNew = classify(ch);
    brk = c->lbcCur == LBP_LF ? 0 : (c->lbcCur == LBP_SP && c->lbcNew != LBP_SP && !c->fLb8aZwj) ? 1 : 2;
    c->fLb8aZwj = c->lbcNew == LBP_ZWJ; c->fLb10LeftSpace = c->lbcNew == LBP_SP;
    c->lbcLast = c->lbcCur; c->lbcCur = c->lbcNew;
    return brk;
}
//--- v2
#include "linebreak.h"
struct LineBreakProperties { utf32_t start, end; enum LineBreakClass prop; };
static enum LineBreakClass classify(utf32_t ch) { return ch == ' ' ? LBP_SP : ch == '\n' ? LBP_LF : ch == 0x200d ? LBP_ZWJ : (ch >= '0' && ch <= '9') ? LBP_NU : (ch >= 0x05d0 && ch <= 0x05ea) ? LBP_HL : (ch >= 0x1f1e6 && ch <= 0x1f1ff) ? LBP_RI : LBP_AL; }
void lb_init_break_context(struct LineBreakContext *c, utf32_t ch, const char *lang) {
    c->lang = lang; c->lbpLang = NULL;
    c->lbcCur = c->lbcLast = classify(ch); c->lbcNew = LBP_Undefined;
    c->fLb8aZwj = c->lbcCur == LBP_ZWJ; c->fLb10LeftSpace = c->lbcCur == LBP_SP;
    c->fLb21aHebrew = c->lbcCur == LBP_HL; c->cLb30aRI = c->lbcCur == LBP_RI;
}
int lb_process_next_char(struct LineBreakContext *c, utf32_t ch) {
    int brk;
    c->lbcNew = classify(ch);
    brk = c->lbcCur == LBP_LF ? 0 : (c->lbcCur == LBP_SP && c->lbcNew != LBP_SP && !c->fLb8aZwj) ? 1 : 2;
    if (c->lbcNew == LBP_RI && (c->cLb30aRI++ & 1)) brk = 2;
    if (c->fLb21aHebrew && c->lbcNew == LBP_HY) brk = 2;
    c->fLb8aZwj = c->lbcNew == LBP_ZWJ; c->fLb10LeftSpace = c->lbcNew == LBP_SP; c->fLb21aHebrew = c->lbcNew == LBP_HL;
    c->lbcLast = c->lbcCur; c->lbcCur = c->lbcNew;
    return brk;
}
