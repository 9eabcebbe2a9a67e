// expect: breaking
// why: Ogre::FrameListener is the interface applications derive from and register with Root::addFrameListener;
// why: the library calls its virtuals through each listener's vtable every frame. Ogre 1.6 adds
// why: frameRenderingQueued and declares it between frameStarted and frameEnded: frameEnded moves from slot 1 to 2
// why: and the destructors from 2-3 to 3-4. An old application's listener has v1's vtable, so v2's call to
// why: frameRenderingQueued runs its frameEnded, and v2's call to frameEnded runs its complete-object destructor.
// abidiff: 12 agree
//--- v1/OgreFrameListener.h
#include <vector>
namespace Ogre {
typedef float Real;
struct FrameEvent { Real timeSinceLastEvent; Real timeSinceLastFrame; };
class FrameListener {
public:
  virtual bool frameStarted(const FrameEvent &evt) { (void)evt; return true; }
  virtual bool frameEnded(const FrameEvent &evt) { (void)evt; return true; }
  virtual ~FrameListener() {}
};
class Root {
public:
  Root();
  ~Root();
  void addFrameListener(FrameListener *newListener);
  void removeFrameListener(FrameListener *oldListener);
  bool renderOneFrame(Real timeSinceLastFrame);
private:
  std::vector<FrameListener *> mFrameListeners;
  Real mTimeSinceLastEvent;
};
}
//--- v2/OgreFrameListener.h
#include <vector>
namespace Ogre {
typedef float Real;
struct FrameEvent { Real timeSinceLastEvent; Real timeSinceLastFrame; };
class FrameListener {
public:
  virtual bool frameStarted(const FrameEvent &evt) { (void)evt; return true; }
  virtual bool frameRenderingQueued(const FrameEvent &evt) { (void)evt; return true; }
  virtual bool frameEnded(const FrameEvent &evt) { (void)evt; return true; }
  virtual ~FrameListener() {}
};
class Root {
public:
  Root();
  ~Root();
  void addFrameListener(FrameListener *newListener);
  void removeFrameListener(FrameListener *oldListener);
  bool renderOneFrame(Real timeSinceLastFrame);
private:
  std::vector<FrameListener *> mFrameListeners;
  Real mTimeSinceLastEvent;
};
}
//--- v1
#include <algorithm>
#include "OgreFrameListener.h"
namespace Ogre {
Root::Root() : mTimeSinceLastEvent(0) {}
Root::~Root() {}
void Root::addFrameListener(FrameListener *newListener) { if (std::find(mFrameListeners.begin(), mFrameListeners.end(), newListener) == mFrameListeners.end()) mFrameListeners.push_back(newListener); }
void Root::removeFrameListener(FrameListener *oldListener) { mFrameListeners.erase(std::remove(mFrameListeners.begin(), mFrameListeners.end(), oldListener), mFrameListeners.end()); }
bool Root::renderOneFrame(Real timeSinceLastFrame) {
  FrameEvent evt = { mTimeSinceLastEvent += timeSinceLastFrame, timeSinceLastFrame };
  bool ok = true;
  for (FrameListener *l : mFrameListeners) ok = l->frameStarted(evt) && ok;
  for (FrameListener *l : mFrameListeners) ok = l->frameEnded(evt) && ok;
  return ok;
}
}
//--- v2
#include <algorithm>
#include "OgreFrameListener.h"
namespace Ogre {
Root::Root() : mTimeSinceLastEvent(0) {}
Root::~Root() {}
void Root::addFrameListener(FrameListener *newListener) { if (std::find(mFrameListeners.begin(), mFrameListeners.end(), newListener) == mFrameListeners.end()) mFrameListeners.push_back(newListener); }
void Root::removeFrameListener(FrameListener *oldListener) { mFrameListeners.erase(std::remove(mFrameListeners.begin(), mFrameListeners.end(), oldListener), mFrameListeners.end()); }
bool Root::renderOneFrame(Real timeSinceLastFrame) {
  FrameEvent evt = { mTimeSinceLastEvent += timeSinceLastFrame, timeSinceLastFrame };
  bool ok = true;
  for (FrameListener *l : mFrameListeners) ok = l->frameStarted(evt) && ok;
  for (FrameListener *l : mFrameListeners) ok = l->frameRenderingQueued(evt) && ok;
  for (FrameListener *l : mFrameListeners) ok = l->frameEnded(evt) && ok;
  return ok;
}
}
