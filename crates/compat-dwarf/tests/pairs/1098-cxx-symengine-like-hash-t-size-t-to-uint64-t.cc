// expect: none
// why: SymEngine's hash_t was typedef std::size_t; v2 writes typedef uint64_t hash_t so the hashes are 64-bit on
// why: every platform. On x86-64 Linux both size_t and uint64_t are unsigned long: Basic's cached hash_ member,
// why: the virtual __hash__() result and the hash_combine parameters are the same type as before, at the same
// why: offsets and under the same mangled names.
// abidiff: 0 agree
//--- v1/basic.h
#include <atomic>
#include <cstddef>
#include <cstdint>
namespace SymEngine {
typedef std::size_t hash_t;
class Basic {
public:
    Basic();
    virtual ~Basic();
    virtual hash_t __hash__() const = 0;
    hash_t hash() const;
    bool __eq__(const Basic &o) const;
    unsigned int use_count() const { return refcount_; }
protected:
    mutable std::atomic<unsigned int> refcount_;
    mutable hash_t hash_;
};
class Integer : public Basic {
public:
    explicit Integer(long i);
    hash_t __hash__() const override;
    long as_long() const { return i_; }
private:
    long i_;
};
void hash_combine(hash_t &seed, const Basic &b);
}
//--- v2/basic.h
#include <atomic>
#include <cstddef>
#include <cstdint>
namespace SymEngine {
typedef uint64_t hash_t;
class Basic {
public:
    Basic();
    virtual ~Basic();
    virtual hash_t __hash__() const = 0;
    hash_t hash() const;
    bool __eq__(const Basic &o) const;
    unsigned int use_count() const { return refcount_; }
protected:
    mutable std::atomic<unsigned int> refcount_;
    mutable hash_t hash_;
};
class Integer : public Basic {
public:
    explicit Integer(long i);
    hash_t __hash__() const override;
    long as_long() const { return i_; }
private:
    long i_;
};
void hash_combine(hash_t &seed, const Basic &b);
}
//--- lib.cc
#include "basic.h"
namespace SymEngine {
Basic::Basic() : refcount_(0), hash_(0) {}
Basic::~Basic() {}
hash_t Basic::hash() const { if (hash_ == 0) hash_ = __hash__(); return hash_; }
bool Basic::__eq__(const Basic &o) const { return hash() == o.hash(); }
Integer::Integer(long i) : i_(i) {}
hash_t Integer::__hash__() const { return static_cast<hash_t>(i_) * 0x9e3779b97f4a7c15ull + 1; }
void hash_combine(hash_t &seed, const Basic &b) { seed ^= b.hash() + 0x9e3779b9 + (seed << 6) + (seed >> 2); }
}
