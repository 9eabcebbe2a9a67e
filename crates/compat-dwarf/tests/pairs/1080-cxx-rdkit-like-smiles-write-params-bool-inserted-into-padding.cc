// expect: breaking
// why: RDKit::SmilesWriteParams is built by the caller with its inline default member initialisers
// why: (SmilesWriteParams ps; ps.canonical = false;) and handed to MolToSmiles by const reference. v2 inserts bool
// why: includeDativeBonds after doRandom: it lands in byte 6, the padding before int rootedAtAtom, so the size (12)
// why: and every old offset hold; but v2's MolToSmiles reads the flag from a byte an old caller's inline constructor
// why: never wrote, so old callers get dative bonds written or not at random.
// abidiff: 4 agree
//--- v1/SmilesWrite.h
#include <string>
namespace RDKit {
class ROMol {
public:
    ROMol();
    explicit ROMol(unsigned int numAtoms);
    ~ROMol();
    unsigned int getNumAtoms() const;
private:
    unsigned int d_numAtoms;
    std::string d_name;
};
struct SmilesWriteParams {
    bool doIsomericSmiles = true;
    bool doKekule = false;
    bool canonical = true;
    bool allBondsExplicit = false;
    bool allHsExplicit = false;
    bool doRandom = false;
    int rootedAtAtom = -1;
};
std::string MolToSmiles(const ROMol &mol, const SmilesWriteParams &params);
}
//--- v2/SmilesWrite.h
#include <string>
namespace RDKit {
class ROMol {
public:
    ROMol();
    explicit ROMol(unsigned int numAtoms);
    ~ROMol();
    unsigned int getNumAtoms() const;
private:
    unsigned int d_numAtoms;
    std::string d_name;
};
struct SmilesWriteParams {
    bool doIsomericSmiles = true;
    bool doKekule = false;
    bool canonical = true;
    bool allBondsExplicit = false;
    bool allHsExplicit = false;
    bool doRandom = false;
    bool includeDativeBonds = true;
    int rootedAtAtom = -1;
};
std::string MolToSmiles(const ROMol &mol, const SmilesWriteParams &params);
}
//--- v1
#include "SmilesWrite.h"
namespace RDKit {
ROMol::ROMol() : d_numAtoms(0) {}
ROMol::ROMol(unsigned int numAtoms) : d_numAtoms(numAtoms), d_name("mol") {}
ROMol::~ROMol() {}
unsigned int ROMol::getNumAtoms() const { return d_numAtoms; }
std::string MolToSmiles(const ROMol &mol, const SmilesWriteParams &params) {
    std::string s;
    for (unsigned int i = 0; i < mol.getNumAtoms(); i++) s += params.allHsExplicit ? "[CH4]" : "C";
    if (params.doIsomericSmiles && params.rootedAtAtom >= 0) s += "@";
    if (params.doKekule) s += "=";
    return params.canonical ? s : s + ".";
}
}
//--- v2
#include "SmilesWrite.h"
namespace RDKit {
ROMol::ROMol() : d_numAtoms(0) {}
ROMol::ROMol(unsigned int numAtoms) : d_numAtoms(numAtoms), d_name("mol") {}
ROMol::~ROMol() {}
unsigned int ROMol::getNumAtoms() const { return d_numAtoms; }
std::string MolToSmiles(const ROMol &mol, const SmilesWriteParams &params) {
    std::string s;
    for (unsigned int i = 0; i < mol.getNumAtoms(); i++) s += params.allHsExplicit ? "[CH4]" : "C";
    if (params.doIsomericSmiles && params.rootedAtAtom >= 0) s += "@";
    if (params.doKekule) s += "=";
    if (params.includeDativeBonds) s += "->";
    return params.canonical ? s : s + ".";
}
}
