// expect: info
// why: pfm_pmu_info_t is the caller's out-parameter (pfm_pmu_info_t info = { .size = sizeof(info) };
// why: pfm_get_pmu_info(pmu, &info);), which the library fills. Its flags are bit-fields of one unsigned int:
// why: is_present:1, is_dfl:1 and reserved_bits:30. v2 adds is_core:1 and narrows the reserve to reserved_bits:29:
// why: the new flag takes bit 2, the first reserved bit, in place; the word, every other field and the size are
// why: unchanged, and old callers never looked at reserved bits.
// abidiff: 4 disagree: the new bit-field takes a reserved bit in place; no offset, width of a used field or size changes.
//--- v1/pfmlib.h
#include <stddef.h>
typedef enum { PFM_PMU_NONE = 0, PFM_PMU_INTEL_CORE = 1, PFM_PMU_INTEL_ICL = 2, PFM_PMU_AMD64_FAM19H_ZEN3 = 3, PFM_PMU_MAX } pfm_pmu_t;
typedef enum { PFM_PMU_TYPE_UNKNOWN = 0, PFM_PMU_TYPE_CORE, PFM_PMU_TYPE_UNCORE, PFM_PMU_TYPE_OS_GENERIC } pfm_pmu_type_t;
typedef struct {
    const char *name;
    const char *desc;
    size_t size;
    pfm_pmu_t pmu;
    pfm_pmu_type_t type;
    int nevents;
    int first_event;
    int max_encoding;
    int num_cntrs;
    int num_fixed_cntrs;
    struct {
        unsigned int is_present:1;
        unsigned int is_dfl:1;
        unsigned int reserved_bits:30;
    };
} pfm_pmu_info_t;
int pfm_initialize(void);
int pfm_get_pmu_info(pfm_pmu_t pmu, pfm_pmu_info_t *output);
//--- v2/pfmlib.h
#include <stddef.h>
typedef enum { PFM_PMU_NONE = 0, PFM_PMU_INTEL_CORE = 1, PFM_PMU_INTEL_ICL = 2, PFM_PMU_AMD64_FAM19H_ZEN3 = 3, PFM_PMU_MAX } pfm_pmu_t;
typedef enum { PFM_PMU_TYPE_UNKNOWN = 0, PFM_PMU_TYPE_CORE, PFM_PMU_TYPE_UNCORE, PFM_PMU_TYPE_OS_GENERIC } pfm_pmu_type_t;
typedef struct {
    const char *name;
    const char *desc;
    size_t size;
    pfm_pmu_t pmu;
    pfm_pmu_type_t type;
    int nevents;
    int first_event;
    int max_encoding;
    int num_cntrs;
    int num_fixed_cntrs;
    struct {
        unsigned int is_present:1;
        unsigned int is_dfl:1;
        unsigned int is_core:1;
        unsigned int reserved_bits:29;
    };
} pfm_pmu_info_t;
int pfm_initialize(void);
int pfm_get_pmu_info(pfm_pmu_t pmu, pfm_pmu_info_t *output);
//--- v1
#include <string.h>
#include "pfmlib.h"
static const char *const names[PFM_PMU_MAX] = { "none", "core", "icl", "amd64_fam19h_zen3" };
static int initialized;
int pfm_initialize(void) { initialized = 1; return 0; }
int pfm_get_pmu_info(pfm_pmu_t pmu, pfm_pmu_info_t *output) {
    size_t sz;
    if (!initialized) return -6;
    if (!output || pmu <= PFM_PMU_NONE || pmu >= PFM_PMU_MAX) return -2;
    sz = output->size ? output->size : sizeof *output;
    if (sz < sizeof *output) return -2;
    memset(output, 0, sizeof *output);
    output->size = sizeof *output; output->name = names[pmu]; output->desc = names[pmu]; output->pmu = pmu;
    output->type = PFM_PMU_TYPE_CORE; output->nevents = 42; output->num_cntrs = 4; output->num_fixed_cntrs = 3;
    output->is_present = 1; output->is_dfl = pmu == PFM_PMU_INTEL_ICL;
    return 0;
}
//--- v2
#include <string.h>
#include "pfmlib.h"
static const char *const names[PFM_PMU_MAX] = { "none", "core", "icl", "amd64_fam19h_zen3" };
static int initialized;
int pfm_initialize(void) { initialized = 1; return 0; }
int pfm_get_pmu_info(pfm_pmu_t pmu, pfm_pmu_info_t *output) {
    size_t sz;
    if (!initialized) return -6;
    if (!output || pmu <= PFM_PMU_NONE || pmu >= PFM_PMU_MAX) return -2;
    sz = output->size ? output->size : sizeof *output;
    if (sz < sizeof *output) return -2;
    memset(output, 0, sizeof *output);
    output->size = sizeof *output; output->name = names[pmu]; output->desc = names[pmu]; output->pmu = pmu;
    output->type = PFM_PMU_TYPE_CORE; output->nevents = 42; output->num_cntrs = 4; output->num_fixed_cntrs = 3;
    output->is_present = 1; output->is_dfl = pmu == PFM_PMU_INTEL_ICL; output->is_core = pmu != PFM_PMU_AMD64_FAM19H_ZEN3;
    return 0;
}
