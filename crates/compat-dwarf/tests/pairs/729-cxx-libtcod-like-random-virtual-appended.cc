// expect: breaking
// why: TCODRandom has a virtual destructor and virtual getInt, so consumers may derive from it and their vtables and
// why: constructors were built against v1's layout. v2 appends virtual getFloat: the vtable grows, and a v1-built
// why: subclass's vtable has no slot 4 for the library's calls through it.
// abidiff: 12 agree
//--- v1/random.h
#include <cstdint>
class TCODRandom {
public:
    explicit TCODRandom(std::uint32_t seed);
    virtual ~TCODRandom();
    virtual int getInt(int min, int max);
protected:
    std::uint32_t state_;
};
int tcod_roll(TCODRandom &rng, int sides);
//--- v2/random.h
#include <cstdint>
class TCODRandom {
public:
    explicit TCODRandom(std::uint32_t seed);
    virtual ~TCODRandom();
    virtual int getInt(int min, int max);
    virtual float getFloat(float min, float max);
protected:
    std::uint32_t state_;
};
int tcod_roll(TCODRandom &rng, int sides);
//--- v1
#include "random.h"
TCODRandom::TCODRandom(std::uint32_t seed) : state_(seed ? seed : 1u) {}
TCODRandom::~TCODRandom() {}
int TCODRandom::getInt(int min, int max) { state_ ^= state_ << 13; state_ ^= state_ >> 17; state_ ^= state_ << 5; return max <= min ? min : min + static_cast<int>(state_ % static_cast<std::uint32_t>(max - min + 1)); }
int tcod_roll(TCODRandom &rng, int sides) { return rng.getInt(1, sides); }
//--- v2
#include "random.h"
TCODRandom::TCODRandom(std::uint32_t seed) : state_(seed ? seed : 1u) {}
TCODRandom::~TCODRandom() {}
int TCODRandom::getInt(int min, int max) { state_ ^= state_ << 13; state_ ^= state_ >> 17; state_ ^= state_ << 5; return max <= min ? min : min + static_cast<int>(state_ % static_cast<std::uint32_t>(max - min + 1)); }
float TCODRandom::getFloat(float min, float max) { return min + (max - min) * static_cast<float>(getInt(0, 1 << 24)) / static_cast<float>(1 << 24); }
int tcod_roll(TCODRandom &rng, int sides) { return rng.getFloat(0.0f, 1.0f) < 2.0f ? rng.getInt(1, sides) : 1; }
