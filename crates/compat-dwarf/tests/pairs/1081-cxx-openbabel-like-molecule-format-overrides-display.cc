// expect: info
// why: OpenBabel::OBMoleculeFormat, a base for format plugins, starts overriding the virtual OBFormat::Display it
// why: inherited. The override takes the slot OBFormat::Display already had in OBMoleculeFormat's vtable, so no
// why: slot moves and the vtable keeps its size; OBFormat::Display stays exported, so vtables of plugin classes built
// why: against v1 (which name it for that slot) still resolve. An added symbol and a changed behaviour for calls
// why: through the library's own class: compatible.
// abidiff: 12 disagree: abidiff calls the override a new vtable entry, but it fills OBFormat::Display's existing slot (voffset 5) and no symbol is removed.
//--- v1/obmolecformat.h
#include <string>
namespace OpenBabel {
class OBBase;
class OBConversion;
class OBFormat {
public:
    OBFormat();
    virtual ~OBFormat();
    virtual const char *Description() = 0;
    virtual bool ReadMolecule(OBBase *pOb, OBConversion *pConv);
    virtual bool WriteMolecule(OBBase *pOb, OBConversion *pConv);
    virtual bool Display(std::string &txt, const char *param, const char *ID = nullptr);
    virtual unsigned int Flags();
protected:
    int m_flags;
};
class OBMoleculeFormat : public OBFormat {
public:
    OBMoleculeFormat();
    ~OBMoleculeFormat() override;
    bool ReadChemObject(OBConversion *pConv);
    bool WriteChemObject(OBConversion *pConv);
protected:
    bool m_optionsRegistered;
};
}
//--- v2/obmolecformat.h
#include <string>
namespace OpenBabel {
class OBBase;
class OBConversion;
class OBFormat {
public:
    OBFormat();
    virtual ~OBFormat();
    virtual const char *Description() = 0;
    virtual bool ReadMolecule(OBBase *pOb, OBConversion *pConv);
    virtual bool WriteMolecule(OBBase *pOb, OBConversion *pConv);
    virtual bool Display(std::string &txt, const char *param, const char *ID = nullptr);
    virtual unsigned int Flags();
protected:
    int m_flags;
};
class OBMoleculeFormat : public OBFormat {
public:
    OBMoleculeFormat();
    ~OBMoleculeFormat() override;
    bool Display(std::string &txt, const char *param, const char *ID = nullptr) override;
    bool ReadChemObject(OBConversion *pConv);
    bool WriteChemObject(OBConversion *pConv);
protected:
    bool m_optionsRegistered;
};
}
//--- v1
#include "obmolecformat.h"
namespace OpenBabel {
OBFormat::OBFormat() : m_flags(0) {}
OBFormat::~OBFormat() {}
bool OBFormat::ReadMolecule(OBBase *, OBConversion *) { return false; }
bool OBFormat::WriteMolecule(OBBase *, OBConversion *) { return false; }
bool OBFormat::Display(std::string &txt, const char *param, const char *ID) {
    txt = ID ? ID : "";
    txt += "  ";
    if (param && *param == 'v') txt += Description();
    return true;
}
unsigned int OBFormat::Flags() { return (unsigned int)m_flags; }
OBMoleculeFormat::OBMoleculeFormat() : m_optionsRegistered(false) {}
OBMoleculeFormat::~OBMoleculeFormat() {}
bool OBMoleculeFormat::ReadChemObject(OBConversion *pConv) { return ReadMolecule(nullptr, pConv); }
bool OBMoleculeFormat::WriteChemObject(OBConversion *pConv) { return WriteMolecule(nullptr, pConv); }
}
//--- v2
#include "obmolecformat.h"
namespace OpenBabel {
OBFormat::OBFormat() : m_flags(0) {}
OBFormat::~OBFormat() {}
bool OBFormat::ReadMolecule(OBBase *, OBConversion *) { return false; }
bool OBFormat::WriteMolecule(OBBase *, OBConversion *) { return false; }
bool OBFormat::Display(std::string &txt, const char *param, const char *ID) {
    txt = ID ? ID : "";
    txt += "  ";
    if (param && *param == 'v') txt += Description();
    return true;
}
unsigned int OBFormat::Flags() { return (unsigned int)m_flags; }
OBMoleculeFormat::OBMoleculeFormat() : m_optionsRegistered(false) {}
OBMoleculeFormat::~OBMoleculeFormat() {}
bool OBMoleculeFormat::Display(std::string &txt, const char *param, const char *ID) {
    bool ok = OBFormat::Display(txt, param, ID);
    txt += " [molecule]";
    return ok;
}
bool OBMoleculeFormat::ReadChemObject(OBConversion *pConv) { return ReadMolecule(nullptr, pConv); }
bool OBMoleculeFormat::WriteChemObject(OBConversion *pConv) { return WriteMolecule(nullptr, pConv); }
}
