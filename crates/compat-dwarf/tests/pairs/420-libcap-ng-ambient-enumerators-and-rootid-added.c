// expect: info
// why: libcap-ng 0.7.9 adds ambient capabilities: capng_type_t gains CAPNG_AMBIENT = 16 after CAPNG_BOUNDING_SET = 8
// why: and capng_select_t gains CAPNG_SELECT_AMBIENT = 64 and CAPNG_SELECT_ALL = 112; 0.8 adds capng_get_rootid and
// why: capng_set_rootid. Every existing enumerator keeps its value, both enums stay unsigned int (all values are
// why: non-negative), and the state that grows (struct cap_ng with ambient[2] and rootid) is a static of the
// why: library's source that consumers never see. Old binaries pass the values they know; new symbols are additions.
// abidiff: 4 disagree: abidiff reports two functions added (it filters the appended enumerators); adding symbols and enumerators with new values leaves every old caller's values and calls as they were (as in 220 and 221).
//--- v1/cap-ng.h
typedef enum { CAPNG_DROP, CAPNG_ADD } capng_act_t;
typedef enum { CAPNG_EFFECTIVE = 1, CAPNG_PERMITTED = 2, CAPNG_INHERITABLE = 4, CAPNG_BOUNDING_SET = 8 } capng_type_t;
typedef enum { CAPNG_SELECT_CAPS = 16, CAPNG_SELECT_BOUNDS = 32, CAPNG_SELECT_BOTH = 48 } capng_select_t;
typedef enum { CAPNG_FAIL = -1, CAPNG_NONE, CAPNG_PARTIAL, CAPNG_FULL } capng_results_t;
void capng_clear(capng_select_t set);
int capng_update(capng_act_t action, capng_type_t type, unsigned int capability);
int capng_have_capability(capng_type_t which, unsigned int capability);
capng_results_t capng_have_capabilities(capng_select_t set);
int capng_apply(capng_select_t set);
//--- v2/cap-ng.h
typedef enum { CAPNG_DROP, CAPNG_ADD } capng_act_t;
typedef enum { CAPNG_EFFECTIVE = 1, CAPNG_PERMITTED = 2, CAPNG_INHERITABLE = 4, CAPNG_BOUNDING_SET = 8, CAPNG_AMBIENT = 16 } capng_type_t;
typedef enum { CAPNG_SELECT_CAPS = 16, CAPNG_SELECT_BOUNDS = 32, CAPNG_SELECT_BOTH = 48, CAPNG_SELECT_AMBIENT = 64, CAPNG_SELECT_ALL = 112 } capng_select_t;
typedef enum { CAPNG_FAIL = -1, CAPNG_NONE, CAPNG_PARTIAL, CAPNG_FULL } capng_results_t;
void capng_clear(capng_select_t set);
int capng_update(capng_act_t action, capng_type_t type, unsigned int capability);
int capng_have_capability(capng_type_t which, unsigned int capability);
capng_results_t capng_have_capabilities(capng_select_t set);
int capng_apply(capng_select_t set);
int capng_get_rootid(void);
int capng_set_rootid(int rootid);
//--- v1
#include <stdint.h>
#include <string.h>
#include "cap-ng.h"
struct cap_ng { int cap_ver; uint32_t effective[2], permitted[2], inheritable[2]; uint32_t bounds[2]; int state; };
static struct cap_ng m;
static uint32_t *set_of(capng_type_t t) {
  switch (t) {
  case CAPNG_EFFECTIVE: return m.effective;
  case CAPNG_PERMITTED: return m.permitted;
  case CAPNG_INHERITABLE: return m.inheritable;
  case CAPNG_BOUNDING_SET: return m.bounds;
  default: return NULL;
  }
}
void capng_clear(capng_select_t set) {
  if (set & CAPNG_SELECT_CAPS) { memset(m.effective, 0, 8); memset(m.permitted, 0, 8); memset(m.inheritable, 0, 8); }
  if (set & CAPNG_SELECT_BOUNDS) memset(m.bounds, 0, 8);
  m.state = 1;
}
int capng_update(capng_act_t action, capng_type_t type, unsigned int capability) {
  if (capability > 63) return -1;
  for (unsigned bit = 1; bit <= CAPNG_BOUNDING_SET; bit <<= 1) {
    uint32_t *s = (type & bit) ? set_of((capng_type_t)bit) : NULL;
    if (!s) continue;
    if (action == CAPNG_ADD) s[capability / 32] |= 1u << (capability % 32); else s[capability / 32] &= ~(1u << (capability % 32));
  }
  return 0;
}
int capng_have_capability(capng_type_t which, unsigned int capability) {
  uint32_t *s = set_of(which);
  return s && capability < 64 && (s[capability / 32] >> (capability % 32)) & 1;
}
capng_results_t capng_have_capabilities(capng_select_t set) {
  if (m.state == 0) return CAPNG_FAIL;
  if (set & CAPNG_SELECT_CAPS) return (m.effective[0] | m.effective[1]) ? CAPNG_PARTIAL : CAPNG_NONE;
  return (m.bounds[0] | m.bounds[1]) ? CAPNG_PARTIAL : CAPNG_NONE;
}
int capng_apply(capng_select_t set) { return m.state ? (int)set & 0 : -1; }
//--- v2
#include <stdint.h>
#include <string.h>
#include "cap-ng.h"
struct cap_ng { int cap_ver; int rootid; uint32_t effective[2], permitted[2], inheritable[2]; uint32_t bounds[2]; uint32_t ambient[2]; int state; };
static struct cap_ng m = { .rootid = -1 };
static uint32_t *set_of(capng_type_t t) {
  switch (t) {
  case CAPNG_EFFECTIVE: return m.effective;
  case CAPNG_PERMITTED: return m.permitted;
  case CAPNG_INHERITABLE: return m.inheritable;
  case CAPNG_BOUNDING_SET: return m.bounds;
  case CAPNG_AMBIENT: return m.ambient;
  default: return NULL;
  }
}
void capng_clear(capng_select_t set) {
  if (set & CAPNG_SELECT_CAPS) { memset(m.effective, 0, 8); memset(m.permitted, 0, 8); memset(m.inheritable, 0, 8); }
  if (set & CAPNG_SELECT_BOUNDS) memset(m.bounds, 0, 8);
  if (set & CAPNG_SELECT_AMBIENT) memset(m.ambient, 0, 8);
  m.state = 1;
}
int capng_update(capng_act_t action, capng_type_t type, unsigned int capability) {
  if (capability > 63) return -1;
  for (unsigned bit = 1; bit <= CAPNG_AMBIENT; bit <<= 1) {
    uint32_t *s = (type & bit) ? set_of((capng_type_t)bit) : NULL;
    if (!s) continue;
    if (action == CAPNG_ADD) s[capability / 32] |= 1u << (capability % 32); else s[capability / 32] &= ~(1u << (capability % 32));
  }
  return 0;
}
int capng_have_capability(capng_type_t which, unsigned int capability) {
  uint32_t *s = set_of(which);
  return s && capability < 64 && (s[capability / 32] >> (capability % 32)) & 1;
}
capng_results_t capng_have_capabilities(capng_select_t set) {
  if (m.state == 0) return CAPNG_FAIL;
  if (set & CAPNG_SELECT_CAPS) return (m.effective[0] | m.effective[1]) ? CAPNG_PARTIAL : CAPNG_NONE;
  if (set & CAPNG_SELECT_AMBIENT) return (m.ambient[0] | m.ambient[1]) ? CAPNG_PARTIAL : CAPNG_NONE;
  return (m.bounds[0] | m.bounds[1]) ? CAPNG_PARTIAL : CAPNG_NONE;
}
int capng_apply(capng_select_t set) { return m.state ? (int)set & 0 : -1; }
int capng_get_rootid(void) { return m.rootid; }
int capng_set_rootid(int rootid) { if (rootid < -1) return -1; m.rootid = rootid; return 0; }
