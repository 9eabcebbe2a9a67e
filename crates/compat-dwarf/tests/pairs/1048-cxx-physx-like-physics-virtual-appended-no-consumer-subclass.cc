// expect: info
// why: physx::PxPhysics is an interface consumers only call: PxCreatePhysics returns the library's own NpPhysics, and
// why: PxPhysics's only constructor is private with NpPhysics its friend (the copy constructor is deleted), so no
// why: consumer class can derive from it: a derived constructor could not call the base's. v2 appends the pure virtual getNbBVHs after the existing
// why: slots: every old slot keeps its index, old binaries call through the library's vtable, which has the new
// why: entry, and no vtable built outside the library lacks it. An addition to the API.
// abidiff: 12 disagree: it calls the new vtable entry incompatible, but the slot is appended and only the library's own class has a vtable for it
// known-miss: breaking: compat takes physx::PxPhysics for a class consumers derive from (it has pure virtual functions) and its exported vtable for an object executables may copy-relocate, but the class's only constructor is private, inline and befriends only the library's NpPhysics, and its copy constructor is deleted: no consumer can derive from it or construct one, so no code outside the library refers to that vtable or lacks the appended slot
//--- v1/PxPhysics.h
namespace physx {
class PxScene;
class NpPhysics;
class PxPhysics {
public:
    virtual ~PxPhysics();
    virtual void release() = 0;
    virtual PxScene *createScene(float gravityY) = 0;
    virtual unsigned int getNbScenes() const = 0;
    virtual unsigned int getNbShapes() const = 0;
    PxPhysics(const PxPhysics &) = delete;
    PxPhysics &operator=(const PxPhysics &) = delete;
private:
    PxPhysics() {}
    friend class NpPhysics;
};
PxPhysics *PxCreatePhysics(unsigned int version);
}
//--- v2/PxPhysics.h
namespace physx {
class PxScene;
class NpPhysics;
class PxPhysics {
public:
    virtual ~PxPhysics();
    virtual void release() = 0;
    virtual PxScene *createScene(float gravityY) = 0;
    virtual unsigned int getNbScenes() const = 0;
    virtual unsigned int getNbShapes() const = 0;
    virtual unsigned int getNbBVHs() const = 0;
    PxPhysics(const PxPhysics &) = delete;
    PxPhysics &operator=(const PxPhysics &) = delete;
private:
    PxPhysics() {}
    friend class NpPhysics;
};
PxPhysics *PxCreatePhysics(unsigned int version);
}
//--- v1
#include "PxPhysics.h"
namespace physx {
class PxScene { public: float gravityY; PxScene *next; };
class NpPhysics : public PxPhysics {
public:
    NpPhysics() : scenes(nullptr), nbScenes(0), nbShapes(0) {}
    ~NpPhysics() override { while (scenes) { PxScene *n = scenes->next; delete scenes; scenes = n; } }
    void release() override { delete this; }
    PxScene *createScene(float gravityY) override { PxScene *s = new PxScene{gravityY, scenes}; scenes = s; nbScenes++; return s; }
    unsigned int getNbScenes() const override { return nbScenes; }
    unsigned int getNbShapes() const override { return nbShapes; }
private:
    PxScene *scenes;
    unsigned int nbScenes, nbShapes;
};
PxPhysics::~PxPhysics() {}
PxPhysics *PxCreatePhysics(unsigned int version) { return version == 0x05010000 ? new NpPhysics : nullptr; }
}
//--- v2
#include "PxPhysics.h"
namespace physx {
class PxScene { public: float gravityY; PxScene *next; };
class NpPhysics : public PxPhysics {
public:
    NpPhysics() : scenes(nullptr), nbScenes(0), nbShapes(0), nbBVHs(0) {}
    ~NpPhysics() override { while (scenes) { PxScene *n = scenes->next; delete scenes; scenes = n; } }
    void release() override { delete this; }
    PxScene *createScene(float gravityY) override { PxScene *s = new PxScene{gravityY, scenes}; scenes = s; nbScenes++; return s; }
    unsigned int getNbScenes() const override { return nbScenes; }
    unsigned int getNbShapes() const override { return nbShapes; }
    unsigned int getNbBVHs() const override { return nbBVHs; }
private:
    PxScene *scenes;
    unsigned int nbScenes, nbShapes, nbBVHs;
};
PxPhysics::~PxPhysics() {}
PxPhysics *PxCreatePhysics(unsigned int version) { return version == 0x05010000 ? new NpPhysics : nullptr; }
}
