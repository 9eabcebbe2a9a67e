// expect: none
// why: GTSAM 4 changes typedef size_t Key to typedef std::uint64_t Key. On x86-64 both are unsigned long: the mangled
// why: names (Values::insert(unsigned long, double), std::vector<unsigned long> results), the members of the by-value
// why: KeyPair and every parameter denote the same types as before.
// abidiff: 0 agree
//--- v1/types.h
#include <cstddef>
#include <map>
#include <vector>
namespace gtsam {
typedef std::size_t Key;
struct KeyPair { Key first; Key second; };
class Values {
public:
    Values();
    ~Values();
    void insert(Key j, double value);
    double at(Key j) const;
    std::vector<Key> keys() const;
    KeyPair bounds() const;
private:
    std::map<Key, double> values_;
};
}
//--- v2/types.h
#include <cstdint>
#include <map>
#include <vector>
namespace gtsam {
typedef std::uint64_t Key;
struct KeyPair { Key first; Key second; };
class Values {
public:
    Values();
    ~Values();
    void insert(Key j, double value);
    double at(Key j) const;
    std::vector<Key> keys() const;
    KeyPair bounds() const;
private:
    std::map<Key, double> values_;
};
}
//--- v1
#include "types.h"
namespace gtsam {
Values::Values() {}
Values::~Values() {}
void Values::insert(Key j, double value) { values_[j] = value; }
double Values::at(Key j) const { auto it = values_.find(j); return it == values_.end() ? 0.0 : it->second; }
std::vector<Key> Values::keys() const { std::vector<Key> k; for (const auto &kv : values_) k.push_back(kv.first); return k; }
KeyPair Values::bounds() const { if (values_.empty()) return KeyPair{0, 0}; return KeyPair{values_.begin()->first, values_.rbegin()->first}; }
}
//--- v2
#include "types.h"
namespace gtsam {
Values::Values() {}
Values::~Values() {}
void Values::insert(Key j, double value) { values_[j] = value; }
double Values::at(Key j) const { auto it = values_.find(j); return it == values_.end() ? 0.0 : it->second; }
std::vector<Key> Values::keys() const { std::vector<Key> k; for (const auto &kv : values_) k.push_back(kv.first); return k; }
KeyPair Values::bounds() const { if (values_.empty()) return KeyPair{0, 0}; return KeyPair{values_.begin()->first, values_.rbegin()->first}; }
}
