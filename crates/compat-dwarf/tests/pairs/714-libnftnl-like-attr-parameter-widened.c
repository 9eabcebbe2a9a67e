// expect: breaking
// why: nftnl_rule_set_u32 and nftnl_rule_get_u32 took the attribute as uint16_t; v2 takes uint32_t. Old callers set
// why: only the low 16 bits of %esi, and the x86-64 psABI leaves the upper bits undefined, so v2 reads an attribute
// why: number that may carry garbage in bits 16-31.
// abidiff: 4 agree
//--- v1/rule.h
#include <stdint.h>
struct nftnl_rule;
struct nftnl_rule *nftnl_rule_alloc(void);
void nftnl_rule_set_u32(struct nftnl_rule *r, uint16_t attr, uint32_t val);
uint32_t nftnl_rule_get_u32(const struct nftnl_rule *r, uint16_t attr);
//--- v2/rule.h
#include <stdint.h>
struct nftnl_rule;
struct nftnl_rule *nftnl_rule_alloc(void);
void nftnl_rule_set_u32(struct nftnl_rule *r, uint32_t attr, uint32_t val);
uint32_t nftnl_rule_get_u32(const struct nftnl_rule *r, uint32_t attr);
//--- v1
#include <stdlib.h>
#include "rule.h"
struct nftnl_rule { uint32_t attrs[8]; };
struct nftnl_rule *nftnl_rule_alloc(void) { return calloc(1, sizeof(struct nftnl_rule)); }
void nftnl_rule_set_u32(struct nftnl_rule *r, uint16_t attr, uint32_t val) { if (attr < 8) r->attrs[attr] = val; }
uint32_t nftnl_rule_get_u32(const struct nftnl_rule *r, uint16_t attr) { return attr < 8 ? r->attrs[attr] : 0; }
//--- v2
#include <stdlib.h>
#include "rule.h"
struct nftnl_rule { uint32_t attrs[8]; };
struct nftnl_rule *nftnl_rule_alloc(void) { return calloc(1, sizeof(struct nftnl_rule)); }
void nftnl_rule_set_u32(struct nftnl_rule *r, uint32_t attr, uint32_t val) { if (attr < 8) r->attrs[attr] = val; }
uint32_t nftnl_rule_get_u32(const struct nftnl_rule *r, uint32_t attr) { return attr < 8 ? r->attrs[attr] : 0; }
