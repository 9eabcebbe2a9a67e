// expect: warning
// why: Member count of a class with exported members goes from int to unsigned int: same size and
// why: offset, no layout break, but negative values change meaning: a warning.
// abidiff: 4 agree
//--- v1
namespace q { class Queue { public: int size() const; private: int count; int cap; }; int Queue::size() const { return count; } }
//--- v2
namespace q { class Queue { public: int size() const; private: unsigned int count; int cap; }; int Queue::size() const { return (int)count; } }
