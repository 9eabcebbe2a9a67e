// expect: info
// why: dlib-style numeric templates are declared in the header and explicitly instantiated in the library; v2 adds
// why: the float instantiations of dot and length (extern template in the header, template in the source) beside
// why: the double ones. The double symbols and the matrix layout are unchanged; new symbols only.
// abidiff: 4 disagree: abidiff reports the two added float instantiations; adding symbols is compatible (as in 130).
//--- v1/matrix.h
namespace dlib {
template <typename T> struct vector3 { T x, y, z; };
template <typename T> T dot(const vector3<T> &a, const vector3<T> &b);
template <typename T> T length_squared(const vector3<T> &a);
extern template double dot<double>(const vector3<double> &, const vector3<double> &);
extern template double length_squared<double>(const vector3<double> &);
}
//--- v2/matrix.h
namespace dlib {
template <typename T> struct vector3 { T x, y, z; };
template <typename T> T dot(const vector3<T> &a, const vector3<T> &b);
template <typename T> T length_squared(const vector3<T> &a);
extern template double dot<double>(const vector3<double> &, const vector3<double> &);
extern template double length_squared<double>(const vector3<double> &);
extern template float dot<float>(const vector3<float> &, const vector3<float> &);
extern template float length_squared<float>(const vector3<float> &);
}
//--- v1
#include "matrix.h"
namespace dlib {
template <typename T> T dot(const vector3<T> &a, const vector3<T> &b) { return a.x * b.x + a.y * b.y + a.z * b.z; }
template <typename T> T length_squared(const vector3<T> &a) { return dot(a, a); }
template double dot<double>(const vector3<double> &, const vector3<double> &);
template double length_squared<double>(const vector3<double> &);
}
//--- v2
#include "matrix.h"
namespace dlib {
template <typename T> T dot(const vector3<T> &a, const vector3<T> &b) { return a.x * b.x + a.y * b.y + a.z * b.z; }
template <typename T> T length_squared(const vector3<T> &a) { return dot(a, a); }
template double dot<double>(const vector3<double> &, const vector3<double> &);
template double length_squared<double>(const vector3<double> &);
template float dot<float>(const vector3<float> &, const vector3<float> &);
template float length_squared<float>(const vector3<float> &);
}
