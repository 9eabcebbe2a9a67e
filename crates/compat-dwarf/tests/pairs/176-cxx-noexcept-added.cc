// expect: none
// why: math::clamp and math::gcd become noexcept: a function's exception specification is not part of its
// why: mangled name (only of function pointer types), and parameters, results and symbols are unchanged.
// abidiff: 0 agree
//--- v1/m.h
namespace math { double clamp(double v, double lo, double hi); int gcd(int a, int b); }
//--- v2/m.h
namespace math { double clamp(double v, double lo, double hi) noexcept; int gcd(int a, int b) noexcept; }
//--- v1
#include "m.h"
namespace math {
double clamp(double v, double lo, double hi) { return v < lo ? lo : v > hi ? hi : v; }
int gcd(int a, int b) { while (b) { int t = a % b; a = b; b = t; } return a; }
}
//--- v2
#include "m.h"
namespace math {
double clamp(double v, double lo, double hi) noexcept { return v < lo ? lo : v > hi ? hi : v; }
int gcd(int a, int b) noexcept { while (b) { int t = a % b; a = b; b = t; } return a; }
}
