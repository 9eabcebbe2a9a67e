// expect: none
// why: struct scmp_arg_cmp, which callers fill in arrays for seccomp_rule_add_array, spells its first member
// why: uint32_t instead of unsigned int, and the count parameter likewise (libseccomp moved its public header to
// why: stdint names): uint32_t is a typedef of unsigned int, so every member, parameter and symbol denotes the same type.
// abidiff: 0 agree
//--- v1/seccomp.h
#include <stdint.h>
typedef void *scmp_filter_ctx;
typedef uint64_t scmp_datum_t;
enum scmp_compare { _SCMP_CMP_MIN = 0, SCMP_CMP_NE = 1, SCMP_CMP_LT = 2, SCMP_CMP_LE = 3, SCMP_CMP_EQ = 4, SCMP_CMP_GE = 5, SCMP_CMP_GT = 6, SCMP_CMP_MASKED_EQ = 7, _SCMP_CMP_MAX };
struct scmp_arg_cmp { unsigned int arg; enum scmp_compare op; scmp_datum_t datum_a; scmp_datum_t datum_b; };
scmp_filter_ctx seccomp_init(uint32_t def_action);
int seccomp_rule_add_array(scmp_filter_ctx ctx, uint32_t action, int syscall, unsigned int arg_cnt, const struct scmp_arg_cmp *arg_array);
void seccomp_release(scmp_filter_ctx ctx);
//--- v2/seccomp.h
#include <stdint.h>
typedef void *scmp_filter_ctx;
typedef uint64_t scmp_datum_t;
enum scmp_compare { _SCMP_CMP_MIN = 0, SCMP_CMP_NE = 1, SCMP_CMP_LT = 2, SCMP_CMP_LE = 3, SCMP_CMP_EQ = 4, SCMP_CMP_GE = 5, SCMP_CMP_GT = 6, SCMP_CMP_MASKED_EQ = 7, _SCMP_CMP_MAX };
struct scmp_arg_cmp { uint32_t arg; enum scmp_compare op; scmp_datum_t datum_a; scmp_datum_t datum_b; };
scmp_filter_ctx seccomp_init(uint32_t def_action);
int seccomp_rule_add_array(scmp_filter_ctx ctx, uint32_t action, int syscall, uint32_t arg_cnt, const struct scmp_arg_cmp *arg_array);
void seccomp_release(scmp_filter_ctx ctx);
//--- v1
#include <stdlib.h>
#include "seccomp.h"
struct db_filter { uint32_t def_action; unsigned int rules; uint64_t last; };
scmp_filter_ctx seccomp_init(uint32_t def_action) { struct db_filter *f = calloc(1, sizeof *f); if (f) f->def_action = def_action; return f; }
int seccomp_rule_add_array(scmp_filter_ctx ctx, uint32_t action, int syscall, unsigned int arg_cnt, const struct scmp_arg_cmp *arg_array) {
    struct db_filter *f = ctx; if (!f || syscall < 0 || action == f->def_action) return -22;
    for (unsigned int i = 0; i < arg_cnt; i++) { if (arg_array[i].arg > 5 || arg_array[i].op <= _SCMP_CMP_MIN || arg_array[i].op >= _SCMP_CMP_MAX) return -22; f->last = arg_array[i].datum_a ^ arg_array[i].datum_b; }
    f->rules++; return 0;
}
void seccomp_release(scmp_filter_ctx ctx) { free(ctx); }
//--- v2
#include <stdlib.h>
#include "seccomp.h"
struct db_filter { uint32_t def_action; unsigned int rules; uint64_t last; };
scmp_filter_ctx seccomp_init(uint32_t def_action) { struct db_filter *f = calloc(1, sizeof *f); if (f) f->def_action = def_action; return f; }
int seccomp_rule_add_array(scmp_filter_ctx ctx, uint32_t action, int syscall, uint32_t arg_cnt, const struct scmp_arg_cmp *arg_array) {
    struct db_filter *f = ctx; if (!f || syscall < 0 || action == f->def_action) return -22;
    for (uint32_t i = 0; i < arg_cnt; i++) { if (arg_array[i].arg > 5 || arg_array[i].op <= _SCMP_CMP_MIN || arg_array[i].op >= _SCMP_CMP_MAX) return -22; f->last = arg_array[i].datum_a ^ arg_array[i].datum_b; }
    f->rules++; return 0;
}
void seccomp_release(scmp_filter_ctx ctx) { free(ctx); }
