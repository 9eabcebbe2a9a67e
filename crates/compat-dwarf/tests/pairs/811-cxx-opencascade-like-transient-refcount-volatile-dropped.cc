// expect: warning
// why: Standard_Transient is the base every OCCT object and consumers' own handled classes derive from; its inline
// why: constructor and GetRefCount touch the reference count in consumers' code, the exported Increment and
// why: Decrement update it. v2 declares the count int instead of volatile int: the same 4 bytes at the same offset,
// why: but the accesses compiled into old and new code now differ in whether they may be cached or merged.
// abidiff: 4 agree
//--- v1/Standard_Transient.hxx
class Standard_Transient {
public:
    Standard_Transient() : count(0) {}
    virtual ~Standard_Transient();
    virtual void Delete() const;
    int GetRefCount() const { return count; }
    void IncrementRefCounter() const;
    int DecrementRefCounter() const;
private:
    mutable volatile int count;
};
void ReleaseHandle(const Standard_Transient *object);
//--- v2/Standard_Transient.hxx
class Standard_Transient {
public:
    Standard_Transient() : count(0) {}
    virtual ~Standard_Transient();
    virtual void Delete() const;
    int GetRefCount() const { return count; }
    void IncrementRefCounter() const;
    int DecrementRefCounter() const;
private:
    mutable int count;
};
void ReleaseHandle(const Standard_Transient *object);
//--- v1
#include "Standard_Transient.hxx"
Standard_Transient::~Standard_Transient() {}
void Standard_Transient::Delete() const { delete this; }
void Standard_Transient::IncrementRefCounter() const { __atomic_add_fetch(&count, 1, __ATOMIC_SEQ_CST); }
int Standard_Transient::DecrementRefCounter() const { return __atomic_sub_fetch(&count, 1, __ATOMIC_SEQ_CST); }
void ReleaseHandle(const Standard_Transient *object) { if (object && object->DecrementRefCounter() == 0) object->Delete(); }
//--- v2
#include "Standard_Transient.hxx"
Standard_Transient::~Standard_Transient() {}
void Standard_Transient::Delete() const { delete this; }
void Standard_Transient::IncrementRefCounter() const { __atomic_add_fetch(&count, 1, __ATOMIC_SEQ_CST); }
int Standard_Transient::DecrementRefCounter() const { return __atomic_sub_fetch(&count, 1, __ATOMIC_SEQ_CST); }
void ReleaseHandle(const Standard_Transient *object) { if (object && object->DecrementRefCounter() == 0) object->Delete(); }
