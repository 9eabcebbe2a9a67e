// expect: info
// why: tbb::task_arena is constructed by consumers (usually as a local) through its exported constructor. v2
// why: introduces enum class priority : int { low = 1, normal = 2, high = 3 } and stores the private member
// why: my_priority as that enum instead of int; the constructor still takes int, so its symbol holds. The
// why: member keeps its 4 bytes at offset 8, its signedness and values (an enum and its own underlying type,
// why: as in 20), so the 24-byte class is unchanged for binaries; a reader should see the new type.
// abidiff: 0 agree
//--- v1/task_arena.h
namespace tbb {
class task_arena {
public:
  static const int automatic = -1;
  task_arena(int max_concurrency = automatic, unsigned reserved_for_masters = 1, int a_priority = 2);
  void initialize();
  bool is_active() const { return my_arena != nullptr; }
  int max_concurrency() const { return my_max_concurrency; }
private:
  int my_max_concurrency;
  unsigned my_num_reserved_slots;
  int my_priority;
  void *my_arena;
};
}
//--- v2/task_arena.h
namespace tbb {
class task_arena {
public:
  static const int automatic = -1;
  enum class priority : int { low = 1, normal = 2, high = 3 };
  task_arena(int max_concurrency = automatic, unsigned reserved_for_masters = 1, int a_priority = 2);
  void initialize();
  bool is_active() const { return my_arena != nullptr; }
  int max_concurrency() const { return my_max_concurrency; }
private:
  int my_max_concurrency;
  unsigned my_num_reserved_slots;
  priority my_priority;
  void *my_arena;
};
}
//--- v1
#include <thread>
#include "task_arena.h"
namespace tbb {
static int arena_storage[4];
task_arena::task_arena(int max_concurrency, unsigned reserved_for_masters, int a_priority)
  : my_max_concurrency(max_concurrency), my_num_reserved_slots(reserved_for_masters), my_priority(a_priority), my_arena(nullptr) {}
void task_arena::initialize() {
  if (my_arena) return;
  if (my_max_concurrency == automatic) my_max_concurrency = static_cast<int>(std::thread::hardware_concurrency());
  arena_storage[0] = my_max_concurrency; arena_storage[1] = my_priority;
  my_arena = arena_storage;
}
}
//--- v2
#include <thread>
#include "task_arena.h"
namespace tbb {
static int arena_storage[4];
task_arena::task_arena(int max_concurrency, unsigned reserved_for_masters, int a_priority)
  : my_max_concurrency(max_concurrency), my_num_reserved_slots(reserved_for_masters), my_priority(static_cast<priority>(a_priority)), my_arena(nullptr) {}
void task_arena::initialize() {
  if (my_arena) return;
  if (my_max_concurrency == automatic) my_max_concurrency = static_cast<int>(std::thread::hardware_concurrency());
  arena_storage[0] = my_max_concurrency; arena_storage[1] = static_cast<int>(my_priority);
  my_arena = arena_storage;
}
}
