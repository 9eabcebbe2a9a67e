// expect: info
// why: GEOS 3.12 introduces CoordinateXY for 2-D coordinates and makes it the base of Coordinate: x and y move
// why: into the base, z stays in Coordinate. The base sits at offset 0 with no vtable, so x, y and z keep bytes 0,
// why: 8 and 16, Coordinate keeps its 24 bytes, its trivial copy and destruction and its MEMORY classification, and
// why: Coordinate's exported members (the three-argument constructor, equals2D, distance, toString) keep their
// why: mangled names. Consumers that build coordinates and pass them by reference are unaffected; the class
// why: hierarchy is an API change (as in 375 and 91).
// abidiff: 4 disagree: abidiff reports base class CoordinateXY inserted and members x and y deleted from Coordinate; the base holds them at their old offsets, so Coordinate keeps its size, layout and symbols (as in 375).
//--- v1/Coordinate.h
#include <limits>
#include <string>
namespace geos {
namespace geom {
class Coordinate {
public:
  double x;
  double y;
  double z;
  Coordinate(double xNew = 0.0, double yNew = 0.0, double zNew = std::numeric_limits<double>::quiet_NaN());
  bool equals2D(const Coordinate &other) const;
  double distance(const Coordinate &p) const;
  std::string toString() const;
};
class Envelope {
public:
  Envelope(const Coordinate &p1, const Coordinate &p2);
  bool contains(const Coordinate &p) const;
  double getWidth() const { return maxx - minx; }
private:
  double minx, maxx, miny, maxy;
};
}
}
//--- v2/Coordinate.h
#include <limits>
#include <string>
namespace geos {
namespace geom {
class CoordinateXY {
public:
  double x;
  double y;
  CoordinateXY() : x(0.0), y(0.0) {}
  CoordinateXY(double xNew, double yNew) : x(xNew), y(yNew) {}
  bool isNull() const { return x != x && y != y; }
};
class Coordinate : public CoordinateXY {
public:
  double z;
  Coordinate(double xNew = 0.0, double yNew = 0.0, double zNew = std::numeric_limits<double>::quiet_NaN());
  bool equals2D(const Coordinate &other) const;
  double distance(const Coordinate &p) const;
  std::string toString() const;
};
class Envelope {
public:
  Envelope(const Coordinate &p1, const Coordinate &p2);
  bool contains(const Coordinate &p) const;
  double getWidth() const { return maxx - minx; }
private:
  double minx, maxx, miny, maxy;
};
}
}
//--- v1
#include <cmath>
#include "Coordinate.h"
namespace geos {
namespace geom {
Coordinate::Coordinate(double xNew, double yNew, double zNew) : x(xNew), y(yNew), z(zNew) {}
bool Coordinate::equals2D(const Coordinate &other) const { return x == other.x && y == other.y; }
double Coordinate::distance(const Coordinate &p) const { return std::hypot(x - p.x, y - p.y); }
std::string Coordinate::toString() const { return std::to_string(x) + " " + std::to_string(y) + (std::isnan(z) ? "" : " " + std::to_string(z)); }
Envelope::Envelope(const Coordinate &p1, const Coordinate &p2)
  : minx(std::fmin(p1.x, p2.x)), maxx(std::fmax(p1.x, p2.x)), miny(std::fmin(p1.y, p2.y)), maxy(std::fmax(p1.y, p2.y)) {}
bool Envelope::contains(const Coordinate &p) const { return p.x >= minx && p.x <= maxx && p.y >= miny && p.y <= maxy; }
}
}
//--- v2
#include <cmath>
#include "Coordinate.h"
namespace geos {
namespace geom {
Coordinate::Coordinate(double xNew, double yNew, double zNew) : CoordinateXY(xNew, yNew), z(zNew) {}
bool Coordinate::equals2D(const Coordinate &other) const { return x == other.x && y == other.y; }
double Coordinate::distance(const Coordinate &p) const { return std::hypot(x - p.x, y - p.y); }
std::string Coordinate::toString() const { return std::to_string(x) + " " + std::to_string(y) + (std::isnan(z) ? "" : " " + std::to_string(z)); }
Envelope::Envelope(const Coordinate &p1, const Coordinate &p2)
  : minx(std::fmin(p1.x, p2.x)), maxx(std::fmax(p1.x, p2.x)), miny(std::fmin(p1.y, p2.y)), maxy(std::fmax(p1.y, p2.y)) {}
bool Envelope::contains(const Coordinate &p) const { return p.x >= minx && p.x <= maxx && p.y >= miny && p.y <= maxy; }
}
}
