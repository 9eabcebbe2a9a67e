// expect: breaking
// why: ompl::base::PlannerTerminationCondition is constructed by consumers (on the stack, from a function, through the
// why: exported constructor) and passed by const reference to Planner::solve. v2 gives it a virtual destructor so
// why: applications can derive from it: the class gains a vtable pointer at offset 0, impl_ moves from 0 to 8 and the
// why: object grows from 16 to 24 bytes, so v2's constructor writes past an old consumer's object, and an old
// why: consumer's inlined destructor releases impl_ at offset 0, where v2 put the vtable pointer.
// abidiff: 12 agree
//--- v1/PlannerTerminationCondition.h
#include <functional>
#include <memory>
namespace ompl { namespace base {
using PlannerTerminationConditionFn = std::function<bool()>;
class PlannerTerminationCondition {
public:
    PlannerTerminationCondition(const PlannerTerminationConditionFn &fn);
    bool operator()() const { return eval(); }
    bool eval() const;
    void terminate() const;
private:
    struct PlannerTerminationConditionImpl;
    std::shared_ptr<PlannerTerminationConditionImpl> impl_;
};
class Planner {
public:
    Planner();
    virtual ~Planner();
    virtual int solve(const PlannerTerminationCondition &ptc);
private:
    int iterations_;
};
} }
//--- v2/PlannerTerminationCondition.h
#include <functional>
#include <memory>
namespace ompl { namespace base {
using PlannerTerminationConditionFn = std::function<bool()>;
class PlannerTerminationCondition {
public:
    PlannerTerminationCondition(const PlannerTerminationConditionFn &fn);
    virtual ~PlannerTerminationCondition();
    bool operator()() const { return eval(); }
    bool eval() const;
    void terminate() const;
private:
    struct PlannerTerminationConditionImpl;
    std::shared_ptr<PlannerTerminationConditionImpl> impl_;
};
class Planner {
public:
    Planner();
    virtual ~Planner();
    virtual int solve(const PlannerTerminationCondition &ptc);
private:
    int iterations_;
};
} }
//--- v1
#include "PlannerTerminationCondition.h"
namespace ompl { namespace base {
struct PlannerTerminationCondition::PlannerTerminationConditionImpl { PlannerTerminationConditionFn fn; mutable bool terminated = false; };
PlannerTerminationCondition::PlannerTerminationCondition(const PlannerTerminationConditionFn &fn) : impl_(std::make_shared<PlannerTerminationConditionImpl>()) { impl_->fn = fn; }
bool PlannerTerminationCondition::eval() const { return impl_->terminated || (impl_->fn && impl_->fn()); }
void PlannerTerminationCondition::terminate() const { impl_->terminated = true; }
Planner::Planner() : iterations_(0) {}
Planner::~Planner() {}
int Planner::solve(const PlannerTerminationCondition &ptc) { while (!ptc() && iterations_ < 1000) iterations_++; return iterations_ < 1000 ? 6 : 4; }
} }
//--- v2
#include "PlannerTerminationCondition.h"
namespace ompl { namespace base {
struct PlannerTerminationCondition::PlannerTerminationConditionImpl { PlannerTerminationConditionFn fn; mutable bool terminated = false; };
PlannerTerminationCondition::PlannerTerminationCondition(const PlannerTerminationConditionFn &fn) : impl_(std::make_shared<PlannerTerminationConditionImpl>()) { impl_->fn = fn; }
PlannerTerminationCondition::~PlannerTerminationCondition() = default;
bool PlannerTerminationCondition::eval() const { return impl_->terminated || (impl_->fn && impl_->fn()); }
void PlannerTerminationCondition::terminate() const { impl_->terminated = true; }
Planner::Planner() : iterations_(0) {}
Planner::~Planner() {}
int Planner::solve(const PlannerTerminationCondition &ptc) { while (!ptc() && iterations_ < 1000) iterations_++; return iterations_ < 1000 ? 6 : 4; }
} }
