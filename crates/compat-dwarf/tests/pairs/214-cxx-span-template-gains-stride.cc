// expect: breaking
// why: The class template Span, instantiated in the interface as Span<const float> and passed by value to
// why: dsp::sum, gains a stride member: the instantiation grows from 16 to 24 bytes, so it moves from %rdi:%rsi
// why: to the stack, while the mangled name _ZN3dsp3sumE4SpanIKfE stays the same.
// abidiff: 4 agree
//--- v1/span.h
#include <cstddef>
template <class T> struct Span { T *data; std::size_t size; };
namespace dsp { float sum(Span<const float> s); }
//--- v2/span.h
#include <cstddef>
template <class T> struct Span { T *data; std::size_t size; std::size_t stride; };
namespace dsp { float sum(Span<const float> s); }
//--- v1
#include "span.h"
namespace dsp { float sum(Span<const float> s) { float t = 0; for (std::size_t i = 0; i < s.size; i++) t += s.data[i]; return t; } }
//--- v2
#include "span.h"
namespace dsp { float sum(Span<const float> s) { float t = 0; std::size_t st = s.stride ? s.stride : 1; for (std::size_t i = 0; i < s.size; i += st) t += s.data[i]; return t; } }
