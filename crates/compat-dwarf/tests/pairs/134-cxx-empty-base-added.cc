// expect: info
// why: Matrix gains an empty marker base Serializable: the empty-base optimisation keeps Matrix's size
// why: and offsets, it gets no vtable, it stays trivially copyable, and member mangling ignores bases:
// why: binaries are unaffected, but the class hierarchy changed.
// abidiff: 4 disagree: abidiff reports the base class Serializable inserted; it is empty, so Matrix keeps its size, offsets, triviality and symbols.
//--- v1/m.h
class Matrix { public: Matrix(); double trace() const; double m[4]; };
//--- v2/m.h
struct Serializable {};
class Matrix : public Serializable { public: Matrix(); double trace() const; double m[4]; };
//--- v1
#include "m.h"
Matrix::Matrix() : m{1, 0, 0, 1} {}
double Matrix::trace() const { return m[0] + m[3]; }
//--- v2
#include "m.h"
Matrix::Matrix() : m{1, 0, 0, 1} {}
double Matrix::trace() const { return m[0] + m[3]; }
