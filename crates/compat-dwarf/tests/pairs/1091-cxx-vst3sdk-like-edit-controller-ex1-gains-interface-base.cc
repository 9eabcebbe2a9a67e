// expect: breaking
// why: Steinberg::Vst::EditControllerEx1 is the class plug-in controllers derive from (class MyController : public
// why: EditControllerEx1), using its protected units and selectedUnit. v2 adds a third base, the interface
// why: IProgramListData: its vtable pointer is placed after IUnitInfo's, before EditControllerEx1's own members, so
// why: units and selectedUnit move 8 bytes down, the class grows, and a derived controller built against v1 reads
// why: them and places its own members at the old offsets; the secondary vtables change as well.
// abidiff: 12 agree
//--- v1/vsteditcontroller.h
#include <vector>
namespace Steinberg { namespace Vst {
typedef int tresult;
class IEditController {
public:
    virtual tresult initialize(void *context) = 0;
    virtual tresult setParamNormalized(unsigned int id, double value) = 0;
    virtual double getParamNormalized(unsigned int id) = 0;
};
class IUnitInfo {
public:
    virtual int getUnitCount() = 0;
    virtual tresult selectUnit(int unitId) = 0;
};
class IProgramListData {
public:
    virtual tresult programDataSupported(int listId) = 0;
};
class EditController : public IEditController {
public:
    EditController();
    virtual ~EditController();
    tresult initialize(void *context) override;
    tresult setParamNormalized(unsigned int id, double value) override;
    double getParamNormalized(unsigned int id) override;
protected:
    double params[8];
    void *componentHandler;
};
class EditControllerEx1 : public EditController, public IUnitInfo {
public:
    EditControllerEx1();
    ~EditControllerEx1() override;
    int getUnitCount() override;
    tresult selectUnit(int unitId) override;
protected:
    std::vector<int> units;
    int selectedUnit;
};
}}
//--- v2/vsteditcontroller.h
#include <vector>
namespace Steinberg { namespace Vst {
typedef int tresult;
class IEditController {
public:
    virtual tresult initialize(void *context) = 0;
    virtual tresult setParamNormalized(unsigned int id, double value) = 0;
    virtual double getParamNormalized(unsigned int id) = 0;
};
class IUnitInfo {
public:
    virtual int getUnitCount() = 0;
    virtual tresult selectUnit(int unitId) = 0;
};
class IProgramListData {
public:
    virtual tresult programDataSupported(int listId) = 0;
};
class EditController : public IEditController {
public:
    EditController();
    virtual ~EditController();
    tresult initialize(void *context) override;
    tresult setParamNormalized(unsigned int id, double value) override;
    double getParamNormalized(unsigned int id) override;
protected:
    double params[8];
    void *componentHandler;
};
class EditControllerEx1 : public EditController, public IUnitInfo, public IProgramListData {
public:
    EditControllerEx1();
    ~EditControllerEx1() override;
    int getUnitCount() override;
    tresult selectUnit(int unitId) override;
    tresult programDataSupported(int listId) override;
protected:
    std::vector<int> units;
    int selectedUnit;
};
}}
//--- v1
#include "vsteditcontroller.h"
namespace Steinberg { namespace Vst {
EditController::EditController() : params(), componentHandler(nullptr) {}
EditController::~EditController() {}
tresult EditController::initialize(void *context) { componentHandler = context; return 0; }
tresult EditController::setParamNormalized(unsigned int id, double value) { if (id >= 8) return 1; params[id] = value; return 0; }
double EditController::getParamNormalized(unsigned int id) { return id < 8 ? params[id] : 0.0; }
EditControllerEx1::EditControllerEx1() : selectedUnit(0) { units.push_back(0); }
EditControllerEx1::~EditControllerEx1() {}
int EditControllerEx1::getUnitCount() { return static_cast<int>(units.size()); }
tresult EditControllerEx1::selectUnit(int unitId) { selectedUnit = unitId; return 0; }
}}
//--- v2
#include "vsteditcontroller.h"
namespace Steinberg { namespace Vst {
EditController::EditController() : params(), componentHandler(nullptr) {}
EditController::~EditController() {}
tresult EditController::initialize(void *context) { componentHandler = context; return 0; }
tresult EditController::setParamNormalized(unsigned int id, double value) { if (id >= 8) return 1; params[id] = value; return 0; }
double EditController::getParamNormalized(unsigned int id) { return id < 8 ? params[id] : 0.0; }
EditControllerEx1::EditControllerEx1() : selectedUnit(0) { units.push_back(0); }
EditControllerEx1::~EditControllerEx1() {}
int EditControllerEx1::getUnitCount() { return static_cast<int>(units.size()); }
tresult EditControllerEx1::selectUnit(int unitId) { selectedUnit = unitId; return 0; }
tresult EditControllerEx1::programDataSupported(int listId) { return listId == 0 ? 0 : 1; }
}}
