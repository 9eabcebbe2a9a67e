// expect: breaking
// why: gdcm::VR wraps one VRType, an unscoped enum of one-bit flags (AE = 1 ... UT = 1 << 27), and is passed and
// why: stored by value (DataElement holds one, SetVR takes one, VR::GetVRString takes a VRType). v2 adds the 64-bit
// why: VRs OV, SV and UV at bits 28, 29 and 32: with 1ull << 32 the enum no longer fits 32 bits, so g++ gives it
// why: an 8-byte underlying type and VR grows from 4 to 8 bytes. DataElement's members after the VR move, and VRType
// why: arguments are read as 64-bit registers whose upper half old callers never set.
// abidiff: 4 agree
//--- v1/gdcmVR.h
#include <cstdint>
namespace gdcm {
class VR {
public:
    enum VRType {
        INVALID = 0, AE = 1, AS = 2, AT = 4, CS = 8, DA = 16, DS = 32, DT = 64, FD = 128, FL = 256, IS = 512,
        LO = 1024, LT = 2048, OB = 4096, OF = 8192, OW = 16384, PN = 32768, SH = 65536, SL = 131072, SQ = 262144,
        SS = 524288, ST = 1048576, TM = 2097152, UI = 4194304, UL = 8388608, UN = 16777216, US = 33554432,
        UT = 1 << 27, VR_END = UT + 1
    };
    VR(VRType vr = INVALID) : Field(vr) {}
    static const char *GetVRString(VRType vr);
    static VRType GetVRType(const char *vr);
    bool IsVRFile() const;
    operator VRType() const { return Field; }
private:
    VRType Field;
};
class DataElement {
public:
    DataElement(uint32_t tag, uint32_t vl, VR vr);
    VR GetVR() const { return VRField; }
    void SetVR(const VR &vr);
    uint32_t GetVL() const { return ValueLengthField; }
private:
    uint32_t TagField;
    VR VRField;
    uint32_t ValueLengthField;
};
}
//--- v2/gdcmVR.h
#include <cstdint>
namespace gdcm {
class VR {
public:
    enum VRType {
        INVALID = 0, AE = 1, AS = 2, AT = 4, CS = 8, DA = 16, DS = 32, DT = 64, FD = 128, FL = 256, IS = 512,
        LO = 1024, LT = 2048, OB = 4096, OF = 8192, OW = 16384, PN = 32768, SH = 65536, SL = 131072, SQ = 262144,
        SS = 524288, ST = 1048576, TM = 2097152, UI = 4194304, UL = 8388608, UN = 16777216, US = 33554432,
        UT = 1 << 27, OV = 1 << 28, SV = 1 << 29, UV = 1ull << 32, VR_END = UV + 1
    };
    VR(VRType vr = INVALID) : Field(vr) {}
    static const char *GetVRString(VRType vr);
    static VRType GetVRType(const char *vr);
    bool IsVRFile() const;
    operator VRType() const { return Field; }
private:
    VRType Field;
};
class DataElement {
public:
    DataElement(uint32_t tag, uint32_t vl, VR vr);
    VR GetVR() const { return VRField; }
    void SetVR(const VR &vr);
    uint32_t GetVL() const { return ValueLengthField; }
private:
    uint32_t TagField;
    VR VRField;
    uint32_t ValueLengthField;
};
}
//--- v1
#include <cstring>
#include "gdcmVR.h"
namespace gdcm {
static const char *const names[] = { "??", "AE", "AS", "AT", "CS", "DA", "DS", "DT", "FD", "FL", "IS", "LO", "LT", "OB", "OF", "OW", "PN", "SH", "SL", "SQ", "SS", "ST", "TM", "UI", "UL", "UN", "US", "UT" };
const char *VR::GetVRString(VRType vr) { for (int i = 0; i < 28; i++) if (vr == (1ull << i)) return names[i + 1]; return names[0]; }
VR::VRType VR::GetVRType(const char *vr) { for (int i = 1; i < 28; i++) if (std::strncmp(vr, names[i], 2) == 0) return VRType(1ull << (i - 1)); return INVALID; }
bool VR::IsVRFile() const { return Field != INVALID && Field < VR_END; }
DataElement::DataElement(uint32_t tag, uint32_t vl, VR vr) : TagField(tag), VRField(vr), ValueLengthField(vl) {}
void DataElement::SetVR(const VR &vr) { if (vr.IsVRFile()) VRField = vr; }
}
//--- v2
#include <cstring>
#include "gdcmVR.h"
namespace gdcm {
static const char *const names[] = { "??", "AE", "AS", "AT", "CS", "DA", "DS", "DT", "FD", "FL", "IS", "LO", "LT", "OB", "OF", "OW", "PN", "SH", "SL", "SQ", "SS", "ST", "TM", "UI", "UL", "UN", "US", "UT", "OV", "SV", "??", "??", "UV" };
const char *VR::GetVRString(VRType vr) { for (int i = 0; i < 33; i++) if (vr == (1ull << i)) return names[i + 1]; return names[0]; }
VR::VRType VR::GetVRType(const char *vr) { for (int i = 1; i < 34; i++) if (std::strncmp(vr, names[i], 2) == 0) return VRType(1ull << (i - 1)); return INVALID; }
bool VR::IsVRFile() const { return Field != INVALID && Field < VR_END; }
DataElement::DataElement(uint32_t tag, uint32_t vl, VR vr) : TagField(tag), VRField(vr), ValueLengthField(vl) {}
void DataElement::SetVR(const VR &vr) { if (vr.IsVRFile()) VRField = vr; }
}
