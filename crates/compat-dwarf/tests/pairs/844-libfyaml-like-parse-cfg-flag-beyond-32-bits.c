// expect: breaking
// why: struct fy_parse_cfg is filled by callers and passed to fy_parser_create. v2 adds FYPCF_ALLOW_DUPLICATE_KEYS =
// why: 1ULL << 32 to enum fy_parse_cfg_flags, so GCC gives the enum an 8-byte unsigned long underlying type: flags
// why: grows from 4 to 8 bytes at offset 8 (userdata stays at 16, in what was padding). v2 reads 8 bytes of flags, the
// why: upper 4 of which are an old caller's uninitialised padding: a value read with another size.
// abidiff: 4 agree
//--- v1/libfyaml.h
struct fy_diag;
struct fy_parser;
enum fy_parse_cfg_flags { FYPCF_QUIET = 1U << 0, FYPCF_COLLECT_DIAG = 1U << 1, FYPCF_RESOLVE_DOCUMENT = 1U << 2, FYPCF_DISABLE_MMAP_OPT = 1U << 3, FYPCF_JSON_AUTO = 0U << 16, FYPCF_JSON_NONE = 1U << 16, FYPCF_JSON_FORCE = 2U << 16, FYPCF_YPATH_ALIASES = 1U << 31 };
struct fy_parse_cfg { const char *search_path; enum fy_parse_cfg_flags flags; void *userdata; struct fy_diag *diag; };
struct fy_parser *fy_parser_create(const struct fy_parse_cfg *cfg);
int fy_parser_is_quiet(const struct fy_parser *fyp);
void fy_parser_destroy(struct fy_parser *fyp);
//--- v2/libfyaml.h
struct fy_diag;
struct fy_parser;
enum fy_parse_cfg_flags { FYPCF_QUIET = 1U << 0, FYPCF_COLLECT_DIAG = 1U << 1, FYPCF_RESOLVE_DOCUMENT = 1U << 2, FYPCF_DISABLE_MMAP_OPT = 1U << 3, FYPCF_JSON_AUTO = 0U << 16, FYPCF_JSON_NONE = 1U << 16, FYPCF_JSON_FORCE = 2U << 16, FYPCF_YPATH_ALIASES = 1U << 31, FYPCF_ALLOW_DUPLICATE_KEYS = 1ULL << 32 };
struct fy_parse_cfg { const char *search_path; enum fy_parse_cfg_flags flags; void *userdata; struct fy_diag *diag; };
struct fy_parser *fy_parser_create(const struct fy_parse_cfg *cfg);
int fy_parser_is_quiet(const struct fy_parser *fyp);
void fy_parser_destroy(struct fy_parser *fyp);
//--- v1
#include <stdlib.h>
#include "libfyaml.h"
struct fy_parser { struct fy_parse_cfg cfg; int state; };
struct fy_parser *fy_parser_create(const struct fy_parse_cfg *cfg) { struct fy_parser *p = calloc(1, sizeof *p); if (p && cfg) p->cfg = *cfg; return p; }
int fy_parser_is_quiet(const struct fy_parser *fyp) { return (fyp->cfg.flags & FYPCF_QUIET) != 0; }
void fy_parser_destroy(struct fy_parser *fyp) { free(fyp); }
//--- v2
#include <stdlib.h>
#include "libfyaml.h"
struct fy_parser { struct fy_parse_cfg cfg; int state; };
struct fy_parser *fy_parser_create(const struct fy_parse_cfg *cfg) { struct fy_parser *p = calloc(1, sizeof *p); if (p && cfg) { p->cfg = *cfg; if (cfg->flags & FYPCF_ALLOW_DUPLICATE_KEYS) p->state = 1; } return p; }
int fy_parser_is_quiet(const struct fy_parser *fyp) { return (fyp->cfg.flags & FYPCF_QUIET) != 0; }
void fy_parser_destroy(struct fy_parser *fyp) { free(fyp); }
