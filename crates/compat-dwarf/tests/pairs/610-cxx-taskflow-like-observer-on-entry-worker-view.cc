// expect: breaking
// why: tf::ObserverInterface is an interface consumers implement (pure virtuals) and hand to
// why: Executor::add_observer. v2 changes on_entry's first parameter from std::size_t worker_id to WorkerView
// why: (a class wrapping a reference to the worker, as Taskflow 3 did): the slot keeps its place, but the
// why: executor now passes a pointer in %rsi to overriders compiled to read a worker index there.
// abidiff: 0 disagree: abidiff compares exported functions and variables; a pure virtual's parameter type has no symbol, and the vtable's slot keeps its place, so it reports nothing, though every overrider compiled against v1 misreads its first argument.
// known-miss: none: GCC describes a class with virtual functions in full only in the unit that emits its vtable; ObserverInterface has no key function and the library never constructs one, so its DWARF is a bare declaration and the pure virtuals' parameters are in no file compat reads (466's limit)
//--- v1/taskflow.h
#include <cstddef>
#include <vector>
namespace tf {
struct Node { const char *name; };
class TaskView { public: explicit TaskView(const Node &n) : node_(n) {} const char *name() const { return node_.name; } private: const Node &node_; };
class ObserverInterface {
public:
  virtual ~ObserverInterface() = default;
  virtual void set_up(std::size_t num_workers) = 0;
  virtual void on_entry(std::size_t worker_id, TaskView tv) = 0;
};
class Executor {
public:
  void add_observer(ObserverInterface *o);
  void run_one(const Node &n);
private:
  std::vector<ObserverInterface *> observers_;
};
}
//--- v2/taskflow.h
#include <cstddef>
#include <vector>
namespace tf {
struct Node { const char *name; };
struct Worker { std::size_t id; };
class TaskView { public: explicit TaskView(const Node &n) : node_(n) {} const char *name() const { return node_.name; } private: const Node &node_; };
class WorkerView { public: explicit WorkerView(const Worker &w) : worker_(w) {} std::size_t id() const { return worker_.id; } private: const Worker &worker_; };
class ObserverInterface {
public:
  virtual ~ObserverInterface() = default;
  virtual void set_up(std::size_t num_workers) = 0;
  virtual void on_entry(WorkerView wv, TaskView tv) = 0;
};
class Executor {
public:
  void add_observer(ObserverInterface *o);
  void run_one(const Node &n);
private:
  std::vector<ObserverInterface *> observers_;
};
}
//--- v1
#include "taskflow.h"
namespace tf {
void Executor::add_observer(ObserverInterface *o) { o->set_up(1); observers_.push_back(o); }
void Executor::run_one(const Node &n) { for (ObserverInterface *o : observers_) o->on_entry(0, TaskView(n)); }
}
//--- v2
#include "taskflow.h"
namespace tf {
static Worker the_worker{0};
void Executor::add_observer(ObserverInterface *o) { o->set_up(1); observers_.push_back(o); }
void Executor::run_one(const Node &n) { for (ObserverInterface *o : observers_) o->on_entry(WorkerView(the_worker), TaskView(n)); }
}
