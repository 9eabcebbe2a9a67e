// expect: info
// why: TPMS_CAPABILITY_DATA is caller-allocated (Tss2_MU_TPMS_CAPABILITY_DATA_Unmarshal fills the caller's object)
// why: and holds the union TPMU_CAPABILITIES, whose variants are 1020-byte lists. tpm2-tss 3.1 adds the actData
// why: variant, a TPML_ACT_DATA of 4 + 84 * 12 = 1012 bytes: it fits within the union, so the union keeps its 1020
// why: bytes and TPMS_CAPABILITY_DATA its 1024; old callers never select TPM2_CAP_ACT, so no value changes meaning.
// abidiff: 0 agree
//--- tss2_tpm2_types.h
#include <stdint.h>
#include <stddef.h>
typedef uint32_t UINT32;
typedef UINT32 TPM2_CAP;
typedef UINT32 TPM2_HANDLE;
typedef UINT32 TPM2_PT;
typedef UINT32 TPMA_ACT;
typedef uint16_t TPM2_ALG_ID;
typedef UINT32 TPMA_ALGORITHM;
typedef struct { TPM2_ALG_ID alg; TPMA_ALGORITHM algProperties; } TPMS_ALG_PROPERTY;
typedef struct { TPM2_PT property; UINT32 value; } TPMS_TAGGED_PROPERTY;
typedef struct { UINT32 count; TPM2_HANDLE handle[254]; } TPML_HANDLE;
typedef struct { UINT32 count; TPMS_ALG_PROPERTY algProperties[127]; } TPML_ALG_PROPERTY;
typedef struct { UINT32 count; TPMS_TAGGED_PROPERTY tpmProperty[127]; } TPML_TAGGED_TPM_PROPERTY;
//--- v1/tss2_caps.h
typedef union { TPML_ALG_PROPERTY algorithms; TPML_HANDLE handles; TPML_TAGGED_TPM_PROPERTY tpmProperties; } TPMU_CAPABILITIES;
typedef struct { TPM2_CAP capability; TPMU_CAPABILITIES data; } TPMS_CAPABILITY_DATA;
int Tss2_MU_TPMS_CAPABILITY_DATA_Unmarshal(const uint8_t buffer[], size_t buffer_size, size_t *offset, TPMS_CAPABILITY_DATA *dest);
//--- v2/tss2_caps.h
typedef struct { TPM2_HANDLE handle; UINT32 timeout; TPMA_ACT attributes; } TPMS_ACT_DATA;
typedef struct { UINT32 count; TPMS_ACT_DATA actData[84]; } TPML_ACT_DATA;
typedef union { TPML_ALG_PROPERTY algorithms; TPML_HANDLE handles; TPML_TAGGED_TPM_PROPERTY tpmProperties; TPML_ACT_DATA actData; } TPMU_CAPABILITIES;
typedef struct { TPM2_CAP capability; TPMU_CAPABILITIES data; } TPMS_CAPABILITY_DATA;
int Tss2_MU_TPMS_CAPABILITY_DATA_Unmarshal(const uint8_t buffer[], size_t buffer_size, size_t *offset, TPMS_CAPABILITY_DATA *dest);
//--- v1
#include <string.h>
#include "tss2_tpm2_types.h"
#include "tss2_caps.h"
static UINT32 be32(const uint8_t *p) { return (UINT32)p[0] << 24 | (UINT32)p[1] << 16 | (UINT32)p[2] << 8 | p[3]; }
int Tss2_MU_TPMS_CAPABILITY_DATA_Unmarshal(const uint8_t buffer[], size_t buffer_size, size_t *offset, TPMS_CAPABILITY_DATA *dest) {
    size_t o = offset ? *offset : 0;
    if (!buffer || buffer_size < o + 8 || !dest) return 1;
    dest->capability = be32(buffer + o); o += 4;
    UINT32 n = be32(buffer + o); o += 4;
    if (dest->capability == 1) { if (n > 254 || buffer_size < o + 4 * n) return 2; dest->data.handles.count = n; for (UINT32 i = 0; i < n; i++, o += 4) dest->data.handles.handle[i] = be32(buffer + o); }
    else if (dest->capability == 6) { if (n > 127 || buffer_size < o + 8 * n) return 2; dest->data.tpmProperties.count = n; for (UINT32 i = 0; i < n; i++, o += 8) { dest->data.tpmProperties.tpmProperty[i].property = be32(buffer + o); dest->data.tpmProperties.tpmProperty[i].value = be32(buffer + o + 4); } }
    else return 3;
    if (offset) *offset = o;
    return 0;
}
//--- v2
#include <string.h>
#include "tss2_tpm2_types.h"
#include "tss2_caps.h"
static UINT32 be32(const uint8_t *p) { return (UINT32)p[0] << 24 | (UINT32)p[1] << 16 | (UINT32)p[2] << 8 | p[3]; }
int Tss2_MU_TPMS_CAPABILITY_DATA_Unmarshal(const uint8_t buffer[], size_t buffer_size, size_t *offset, TPMS_CAPABILITY_DATA *dest) {
    size_t o = offset ? *offset : 0;
    if (!buffer || buffer_size < o + 8 || !dest) return 1;
    dest->capability = be32(buffer + o); o += 4;
    UINT32 n = be32(buffer + o); o += 4;
    if (dest->capability == 1) { if (n > 254 || buffer_size < o + 4 * n) return 2; dest->data.handles.count = n; for (UINT32 i = 0; i < n; i++, o += 4) dest->data.handles.handle[i] = be32(buffer + o); }
    else if (dest->capability == 6) { if (n > 127 || buffer_size < o + 8 * n) return 2; dest->data.tpmProperties.count = n; for (UINT32 i = 0; i < n; i++, o += 8) { dest->data.tpmProperties.tpmProperty[i].property = be32(buffer + o); dest->data.tpmProperties.tpmProperty[i].value = be32(buffer + o + 4); } }
    else if (dest->capability == 10) { if (n > 84 || buffer_size < o + 12 * n) return 2; dest->data.actData.count = n; for (UINT32 i = 0; i < n; i++, o += 12) { dest->data.actData.actData[i].handle = be32(buffer + o); dest->data.actData.actData[i].timeout = be32(buffer + o + 4); dest->data.actData.actData[i].attributes = be32(buffer + o + 8); } }
    else return 3;
    if (offset) *offset = o;
    return 0;
}
