// expect: info
// why: vtkObject, a class with an exported constructor that consumers hold, gains a static data member
// why: GlobalWarningDisplay: static members take no room in the object, so its layout is unchanged; the new
// why: exported variable is an addition worth a line.
// abidiff: 4 disagree: abidiff reports the added static data member as an ABI change (exit 4); it takes no room in the object, and an addition breaks no binary built against v1.
//--- v1/vtkObject.h
class vtkObject {
public:
  vtkObject();
  void Modified();
  unsigned long GetMTime() const;
private:
  unsigned long MTime;
};
//--- v2/vtkObject.h
class vtkObject {
public:
  vtkObject();
  void Modified();
  unsigned long GetMTime() const;
  static int GlobalWarningDisplay;
private:
  unsigned long MTime;
};
//--- v1
#include "vtkObject.h"
vtkObject::vtkObject() : MTime(0) {}
void vtkObject::Modified() { ++MTime; }
unsigned long vtkObject::GetMTime() const { return MTime; }
//--- v2
#include "vtkObject.h"
int vtkObject::GlobalWarningDisplay = 1;
vtkObject::vtkObject() : MTime(0) {}
void vtkObject::Modified() { if (GlobalWarningDisplay) ++MTime; else MTime += 2; }
unsigned long vtkObject::GetMTime() const { return MTime; }
