// expect: breaking
// why: Geom::Curve is the base applications derive their own curve types from. v1 gives the virtual isDegenerate a
// why: default in the library (initial point equals final point); v2 makes it pure and moves the test into each of
// why: the library's own curves, so Geom::Curve::isDegenerate() const is no longer defined. A subclass compiled against
// why: v1 that kept the default has that symbol in its vtable and no longer resolves it when v2 is loaded.
// abidiff: 12 agree
//--- v1/curve.h
namespace Geom {
struct Point { double x, y; };
class Curve {
public:
    virtual ~Curve();
    virtual Point initialPoint() const = 0;
    virtual Point finalPoint() const = 0;
    virtual bool isDegenerate() const;
    virtual Curve *duplicate() const = 0;
};
class LineSegment : public Curve {
public:
    LineSegment(Point a, Point b);
    Point initialPoint() const override;
    Point finalPoint() const override;
    Curve *duplicate() const override;
private:
    Point a_, b_;
};
double length(const Curve &c);
}
//--- v2/curve.h
namespace Geom {
struct Point { double x, y; };
class Curve {
public:
    virtual ~Curve();
    virtual Point initialPoint() const = 0;
    virtual Point finalPoint() const = 0;
    virtual bool isDegenerate() const = 0;
    virtual Curve *duplicate() const = 0;
};
class LineSegment : public Curve {
public:
    LineSegment(Point a, Point b);
    Point initialPoint() const override;
    Point finalPoint() const override;
    bool isDegenerate() const override;
    Curve *duplicate() const override;
private:
    Point a_, b_;
};
double length(const Curve &c);
}
//--- v1
#include <cmath>
#include "curve.h"
namespace Geom {
Curve::~Curve() {}
bool Curve::isDegenerate() const { Point a = initialPoint(), b = finalPoint(); return a.x == b.x && a.y == b.y; }
LineSegment::LineSegment(Point a, Point b) : a_(a), b_(b) {}
Point LineSegment::initialPoint() const { return a_; }
Point LineSegment::finalPoint() const { return b_; }
Curve *LineSegment::duplicate() const { return new LineSegment(*this); }
double length(const Curve &c) { if (c.isDegenerate()) return 0; Point a = c.initialPoint(), b = c.finalPoint(); return std::hypot(b.x - a.x, b.y - a.y); }
}
//--- v2
#include <cmath>
#include "curve.h"
namespace Geom {
Curve::~Curve() {}
LineSegment::LineSegment(Point a, Point b) : a_(a), b_(b) {}
Point LineSegment::initialPoint() const { return a_; }
Point LineSegment::finalPoint() const { return b_; }
bool LineSegment::isDegenerate() const { return a_.x == b_.x && a_.y == b_.y; }
Curve *LineSegment::duplicate() const { return new LineSegment(*this); }
double length(const Curve &c) { if (c.isDegenerate()) return 0; Point a = c.initialPoint(), b = c.finalPoint(); return std::hypot(b.x - a.x, b.y - a.y); }
}
