// expect: breaking
// why: GeographicLib::Geodesic objects are constructed by consumers (Geodesic geod(a, f) on the stack or as members)
// why: through the exported constructor, which fills the series coefficient arrays held in the object. v2 raises the
// why: series order from 6 to 7: _A3x grows from 6 to 7 doubles, _C3x from 15 to 21 and _C4x from 21 to 28, so the
// why: object grows from 408 to 520 bytes, v2's constructor writes past an old consumer's object, and _C3x and _C4x
// why: move.
// abidiff: 4 agree
//--- v1/Geodesic.hpp
namespace GeographicLib {
class Geodesic {
    typedef double real;
    static const int nA3_ = 6, nA3x_ = nA3_, nC3_ = 6, nC3x_ = (nC3_ * (nC3_ - 1)) / 2, nC4_ = 6, nC4x_ = (nC4_ * (nC4_ + 1)) / 2;
    real _a, _f, _f1, _e2, _ep2, _n, _b, _c2, _etol2;
    real _A3x[nA3x_], _C3x[nC3x_], _C4x[nC4x_];
public:
    Geodesic(real a, real f);
    real Inverse(real lat1, real lon1, real lat2, real lon2, real &s12) const;
    real EquatorialRadius() const { return _a; }
    real Flattening() const { return _f; }
    static const Geodesic &WGS84();
};
}
//--- v2/Geodesic.hpp
namespace GeographicLib {
class Geodesic {
    typedef double real;
    static const int nA3_ = 7, nA3x_ = nA3_, nC3_ = 7, nC3x_ = (nC3_ * (nC3_ - 1)) / 2, nC4_ = 7, nC4x_ = (nC4_ * (nC4_ + 1)) / 2;
    real _a, _f, _f1, _e2, _ep2, _n, _b, _c2, _etol2;
    real _A3x[nA3x_], _C3x[nC3x_], _C4x[nC4x_];
public:
    Geodesic(real a, real f);
    real Inverse(real lat1, real lon1, real lat2, real lon2, real &s12) const;
    real EquatorialRadius() const { return _a; }
    real Flattening() const { return _f; }
    static const Geodesic &WGS84();
};
}
//--- v1
#include <cmath>
#include "Geodesic.hpp"
namespace GeographicLib {
Geodesic::Geodesic(real a, real f) : _a(a), _f(f), _f1(1 - f), _e2(f * (2 - f)), _ep2(_e2 / ((1 - f) * (1 - f))), _n(f / (2 - f)), _b(a * (1 - f)), _c2((a * a + _b * _b) / 2), _etol2(0.1 * 1e-8 / std::sqrt(1e-3)) {
    for (int i = 0; i < nA3x_; i++) _A3x[i] = std::pow(_n, i) / (i + 1);
    for (int i = 0; i < nC3x_; i++) _C3x[i] = std::pow(_n, i % nC3_) / (2 * i + 3);
    for (int i = 0; i < nC4x_; i++) _C4x[i] = std::pow(_ep2, i % nC4_) / (4 * i + 5);
}
Geodesic::real Geodesic::Inverse(real lat1, real lon1, real lat2, real lon2, real &s12) const {
    const real d = M_PI / 180;
    real h = std::sin((lat2 - lat1) * d / 2), g = std::sin((lon2 - lon1) * d / 2);
    real c = 2 * std::asin(std::sqrt(h * h + std::cos(lat1 * d) * std::cos(lat2 * d) * g * g));
    real corr = 0;
    for (int i = 0; i < nA3x_; i++) corr += _A3x[i] * _C3x[i] * _C4x[i];
    s12 = c * (_a + _b) / 2 * (1 + corr * 1e-9);
    return c / d;
}
const Geodesic &Geodesic::WGS84() { static const Geodesic wgs84(6378137, 1 / 298.257223563); return wgs84; }
}
//--- v2
#include <cmath>
#include "Geodesic.hpp"
namespace GeographicLib {
Geodesic::Geodesic(real a, real f) : _a(a), _f(f), _f1(1 - f), _e2(f * (2 - f)), _ep2(_e2 / ((1 - f) * (1 - f))), _n(f / (2 - f)), _b(a * (1 - f)), _c2((a * a + _b * _b) / 2), _etol2(0.1 * 1e-8 / std::sqrt(1e-3)) {
    for (int i = 0; i < nA3x_; i++) _A3x[i] = std::pow(_n, i) / (i + 1);
    for (int i = 0; i < nC3x_; i++) _C3x[i] = std::pow(_n, i % nC3_) / (2 * i + 3);
    for (int i = 0; i < nC4x_; i++) _C4x[i] = std::pow(_ep2, i % nC4_) / (4 * i + 5);
}
Geodesic::real Geodesic::Inverse(real lat1, real lon1, real lat2, real lon2, real &s12) const {
    const real d = M_PI / 180;
    real h = std::sin((lat2 - lat1) * d / 2), g = std::sin((lon2 - lon1) * d / 2);
    real c = 2 * std::asin(std::sqrt(h * h + std::cos(lat1 * d) * std::cos(lat2 * d) * g * g));
    real corr = 0;
    for (int i = 0; i < nA3x_; i++) corr += _A3x[i] * _C3x[i] * _C4x[i];
    s12 = c * (_a + _b) / 2 * (1 + corr * 1e-9);
    return c / d;
}
const Geodesic &Geodesic::WGS84() { static const Geodesic wgs84(6378137, 1 / 298.257223563); return wgs84; }
}
