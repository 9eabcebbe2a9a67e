// expect: breaking
// why: The other side of 846: struct match_rule is filled by callers and handed in by pointer to const
// why: (rule_match(&rule, pkt, len)). v2 grows uint8_t prefix[3] to prefix[4] into the byte of tail padding after it:
// why: the size (16 bytes) and every offset hold, but v2 compares all four bytes of the prefix, and the fourth is a
// why: byte an old caller never set (stack garbage in a local rule), so old callers' rules stop matching at random.
// abidiff: 4 agree
// message: so the library reads the new elements from bytes old callers never set
//--- v1/match.h
#include <stddef.h>
#include <stdint.h>
struct match_rule { uint64_t mask; uint32_t id; uint8_t prefix[3]; };
int rule_match(const struct match_rule *rule, const uint8_t *pkt, size_t len);
//--- v2/match.h
#include <stddef.h>
#include <stdint.h>
struct match_rule { uint64_t mask; uint32_t id; uint8_t prefix[4]; };
int rule_match(const struct match_rule *rule, const uint8_t *pkt, size_t len);
//--- v1
#include <string.h>
#include "match.h"
int rule_match(const struct match_rule *rule, const uint8_t *pkt, size_t len) {
    if (!rule || !pkt || len < sizeof rule->prefix) return 0;
    return memcmp(rule->prefix, pkt, sizeof rule->prefix) == 0 && (rule->mask & len) == rule->mask ? (int)rule->id : 0;
}
//--- v2
#include <string.h>
#include "match.h"
int rule_match(const struct match_rule *rule, const uint8_t *pkt, size_t len) {
    if (!rule || !pkt || len < sizeof rule->prefix) return 0;
    return memcmp(rule->prefix, pkt, sizeof rule->prefix) == 0 && (rule->mask & len) == rule->mask ? (int)rule->id : 0;
}
