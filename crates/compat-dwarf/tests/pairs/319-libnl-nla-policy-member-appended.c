// expect: breaking
// why: struct nla_policy arrays are built by consumers (static struct nla_policy policy[ATTR_MAX + 1]) and passed
// why: to nla_parse, which indexes them by attribute type. v2 appends uint16_t flags: entries grow from 6 to 8
// why: bytes, so the library reads old consumers' arrays at the wrong stride (as in 280).
// abidiff: 4 agree
//--- v1/attr.h
#include <stdint.h>
struct nlattr { uint16_t nla_len; uint16_t nla_type; };
struct nla_policy { uint16_t type; uint16_t minlen; uint16_t maxlen; };
int nla_parse(struct nlattr **tb, int maxtype, struct nlattr *head, int len, const struct nla_policy *policy);
//--- v2/attr.h
#include <stdint.h>
struct nlattr { uint16_t nla_len; uint16_t nla_type; };
struct nla_policy { uint16_t type; uint16_t minlen; uint16_t maxlen; uint16_t flags; };
int nla_parse(struct nlattr **tb, int maxtype, struct nlattr *head, int len, const struct nla_policy *policy);
//--- lib.c
#include <string.h>
#include "attr.h"
int nla_parse(struct nlattr **tb, int maxtype, struct nlattr *head, int len, const struct nla_policy *policy) {
  memset(tb, 0, sizeof(struct nlattr *) * (size_t)(maxtype + 1));
  while (len >= (int)sizeof *head && head->nla_len >= sizeof *head && head->nla_len <= len) {
    int t = head->nla_type;
    if (t <= maxtype) {
      if (policy && head->nla_len - sizeof *head < policy[t].minlen) return -1;
      tb[t] = head;
    }
    int step = (head->nla_len + 3) & ~3;
    len -= step; head = (struct nlattr *)((char *)head + step);
  }
  return 0;
}
