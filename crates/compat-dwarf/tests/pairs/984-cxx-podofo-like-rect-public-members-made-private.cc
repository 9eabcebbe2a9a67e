// expect: info
// why: PoDoFo::PdfRect (four doubles, passed by const reference and returned by value from exported functions) had
// why: public data members m_dLeft, m_dBottom, m_dWidth and m_dHeight next to its exported getters; v2 makes them
// why: private. Layout, size, triviality and every mangled name are unchanged (four doubles leave no tail padding
// why: to reuse), so binaries are unaffected; consumer code that named the members no longer compiles, an API
// why: change a reader should know.
// abidiff: 0 agree
//--- v1/PdfRect.h
namespace PoDoFo {
class PdfRect {
public:
    PdfRect();
    PdfRect(double left, double bottom, double width, double height);
    double GetLeft() const;
    double GetBottom() const;
    double GetWidth() const;
    double GetHeight() const;
    bool Contains(double x, double y) const;
public:
    double m_dLeft;
    double m_dBottom;
    double m_dWidth;
    double m_dHeight;
};
PdfRect Intersect(const PdfRect &a, const PdfRect &b);
}
//--- v2/PdfRect.h
namespace PoDoFo {
class PdfRect {
public:
    PdfRect();
    PdfRect(double left, double bottom, double width, double height);
    double GetLeft() const;
    double GetBottom() const;
    double GetWidth() const;
    double GetHeight() const;
    bool Contains(double x, double y) const;
private:
    double m_dLeft;
    double m_dBottom;
    double m_dWidth;
    double m_dHeight;
};
PdfRect Intersect(const PdfRect &a, const PdfRect &b);
}
//--- lib.cc
#include <algorithm>
#include "PdfRect.h"
namespace PoDoFo {
PdfRect::PdfRect() : m_dLeft(0), m_dBottom(0), m_dWidth(0), m_dHeight(0) {}
PdfRect::PdfRect(double left, double bottom, double width, double height) : m_dLeft(left), m_dBottom(bottom), m_dWidth(width), m_dHeight(height) {}
double PdfRect::GetLeft() const { return m_dLeft; }
double PdfRect::GetBottom() const { return m_dBottom; }
double PdfRect::GetWidth() const { return m_dWidth; }
double PdfRect::GetHeight() const { return m_dHeight; }
bool PdfRect::Contains(double x, double y) const { return x >= m_dLeft && x <= m_dLeft + m_dWidth && y >= m_dBottom && y <= m_dBottom + m_dHeight; }
PdfRect Intersect(const PdfRect &a, const PdfRect &b) {
    double l = std::max(a.GetLeft(), b.GetLeft()), bo = std::max(a.GetBottom(), b.GetBottom());
    double r = std::min(a.GetLeft() + a.GetWidth(), b.GetLeft() + b.GetWidth()), t = std::min(a.GetBottom() + a.GetHeight(), b.GetBottom() + b.GetHeight());
    return r > l && t > bo ? PdfRect(l, bo, r - l, t - bo) : PdfRect();
}
}
