// expect: none
// why: itk::Size<3> is a value class consumers build and pass by const reference to exported functions; its
// why: SizeValueType alias goes from unsigned long to std::size_t, which is unsigned long on x86-64 Linux. The
// why: member array, the mangled names (m either way) and every layout are identical: the same type respelled.
// abidiff: 0 agree
//--- v1/itkSize.h
namespace itk {
using SizeValueType = unsigned long;
template <unsigned VDimension> struct Size {
    using SizeValueType = itk::SizeValueType;
    SizeValueType m_InternalArray[VDimension];
    SizeValueType operator[](unsigned i) const { return m_InternalArray[i]; }
};
SizeValueType NumberOfPixels(const Size<3> &size);
Size<3> MakeSize(SizeValueType x, SizeValueType y, SizeValueType z);
}
//--- v2/itkSize.h
#include <cstddef>
namespace itk {
using SizeValueType = std::size_t;
template <unsigned VDimension> struct Size {
    using SizeValueType = itk::SizeValueType;
    SizeValueType m_InternalArray[VDimension];
    SizeValueType operator[](unsigned i) const { return m_InternalArray[i]; }
};
SizeValueType NumberOfPixels(const Size<3> &size);
Size<3> MakeSize(SizeValueType x, SizeValueType y, SizeValueType z);
}
//--- v1
#include "itkSize.h"
namespace itk {
SizeValueType NumberOfPixels(const Size<3> &size) { return size[0] * size[1] * size[2]; }
Size<3> MakeSize(SizeValueType x, SizeValueType y, SizeValueType z) { Size<3> s = {{x, y, z}}; return s; }
}
//--- v2
#include "itkSize.h"
namespace itk {
SizeValueType NumberOfPixels(const Size<3> &size) { return size[0] * size[1] * size[2]; }
Size<3> MakeSize(SizeValueType x, SizeValueType y, SizeValueType z) { Size<3> s = {{x, y, z}}; return s; }
}
