// expect: breaking
// why: itk::LightObject is the polymorphic base of every ITK object; itk::Object derives from it and its inline
// why: GetMTime reads m_MTime directly, in consumers' code and in their own subclasses of Object. ITK 5 replaced
// why: int m_ReferenceCount and the std::mutex guarding it by a std::atomic<int>: LightObject shrinks from 56 to 16
// why: bytes and m_MTime moves from byte 56 to 16, so old binaries' inlined GetMTime reads past the end of the
// why: 24-byte Objects v2's New() allocates, and their subclasses' members no longer follow the base where v2 puts it.
// abidiff: 4 agree
//--- v1/itkLightObject.h
#include <mutex>
namespace itk {
class LightObject {
public:
    virtual void Register() const;
    virtual void UnRegister() const;
    virtual int GetReferenceCount() const;
protected:
    LightObject();
    virtual ~LightObject();
    mutable int m_ReferenceCount;
    mutable std::mutex m_ReferenceCountLock;
};
class Object : public LightObject {
public:
    static Object *New();
    void Modified() const;
    unsigned long GetMTime() const { return m_MTime; }
protected:
    Object();
    ~Object() override;
private:
    mutable unsigned long m_MTime;
};
void ReleaseAll(LightObject *const *objects, int n);
}
//--- v2/itkLightObject.h
#include <atomic>
namespace itk {
class LightObject {
public:
    virtual void Register() const;
    virtual void UnRegister() const;
    virtual int GetReferenceCount() const;
protected:
    LightObject();
    virtual ~LightObject();
    mutable std::atomic<int> m_ReferenceCount;
};
class Object : public LightObject {
public:
    static Object *New();
    void Modified() const;
    unsigned long GetMTime() const { return m_MTime; }
protected:
    Object();
    ~Object() override;
private:
    mutable unsigned long m_MTime;
};
void ReleaseAll(LightObject *const *objects, int n);
}
//--- v1
#include "itkLightObject.h"
namespace itk {
LightObject::LightObject() : m_ReferenceCount(1) {}
LightObject::~LightObject() {}
void LightObject::Register() const { std::lock_guard<std::mutex> g(m_ReferenceCountLock); ++m_ReferenceCount; }
void LightObject::UnRegister() const {
    int left;
    { std::lock_guard<std::mutex> g(m_ReferenceCountLock); left = --m_ReferenceCount; }
    if (left <= 0) delete this;
}
int LightObject::GetReferenceCount() const { return m_ReferenceCount; }
Object *Object::New() { return new Object(); }
Object::Object() : m_MTime(0) {}
Object::~Object() {}
void Object::Modified() const { static unsigned long clock; m_MTime = ++clock; }
void ReleaseAll(LightObject *const *objects, int n) { for (int i = 0; i < n; i++) if (objects[i]) objects[i]->UnRegister(); }
}
//--- v2
#include "itkLightObject.h"
namespace itk {
LightObject::LightObject() : m_ReferenceCount(1) {}
LightObject::~LightObject() {}
void LightObject::Register() const { ++m_ReferenceCount; }
void LightObject::UnRegister() const { if (--m_ReferenceCount <= 0) delete this; }
int LightObject::GetReferenceCount() const { return m_ReferenceCount; }
Object *Object::New() { return new Object(); }
Object::Object() : m_MTime(0) {}
Object::~Object() {}
void Object::Modified() const { static unsigned long clock; m_MTime = ++clock; }
void ReleaseAll(LightObject *const *objects, int n) { for (int i = 0; i < n; i++) if (objects[i]) objects[i]->UnRegister(); }
}
