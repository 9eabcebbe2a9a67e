// expect: breaking
// why: Gecode::Space is the base every model derives from (class Queens : public Space), overriding the pure
// why: virtual copy(bool share) and calling the protected cloning constructor Space(bool share, Space &s). Gecode 6
// why: drops the share flag: copy() takes no argument and the constructor becomes Space(Space &s), so the old
// why: constructor's symbol disappears (old models fail to load) and the library's clone calls a slot whose
// why: signature is not the one old models implement.
// abidiff: 12 agree
//--- v1/core.hh
namespace Gecode {
class Space {
public:
    Space();
    virtual ~Space();
    virtual Space *copy(bool share) = 0;
    virtual void constrain(const Space &best);
    Space *clone(bool share = true);
    int status();
    int propagators() const { return n_props; }
protected:
    Space(bool share, Space &s);
    int n_props;
    bool failed;
};
}
//--- v2/core.hh
namespace Gecode {
class Space {
public:
    Space();
    virtual ~Space();
    virtual Space *copy() = 0;
    virtual void constrain(const Space &best);
    Space *clone();
    int status();
    int propagators() const { return n_props; }
protected:
    Space(Space &s);
    int n_props;
    bool failed;
};
}
//--- v1
#include "core.hh"
namespace Gecode {
Space::Space() : n_props(0), failed(false) {}
Space::Space(bool share, Space &s) : n_props(s.n_props), failed(share ? s.failed : false) {}
Space::~Space() {}
void Space::constrain(const Space &best) { if (best.n_props > n_props) failed = true; }
Space *Space::clone(bool share) { if (failed) return nullptr; return copy(share); }
int Space::status() { return failed ? 0 : (n_props ? 1 : 2); }
}
//--- v2
#include "core.hh"
namespace Gecode {
Space::Space() : n_props(0), failed(false) {}
Space::Space(Space &s) : n_props(s.n_props), failed(s.failed) {}
Space::~Space() {}
void Space::constrain(const Space &best) { if (best.n_props > n_props) failed = true; }
Space *Space::clone() { if (failed) return nullptr; return copy(); }
int Space::status() { return failed ? 0 : (n_props ? 1 : 2); }
}
