// expect: none
// why: ImVec2 is passed and returned by value (CalcTextSize); v2 adds inline float &operator[](size_t) and its
// why: const overload, non-virtual member functions defined in the class: no member, size, base or vtable
// why: changes, no symbol is removed, and the class stays trivially copyable, so it is passed the same way.
// abidiff: 0 agree
//--- v1/imgui.h
#include <cstddef>
struct ImVec2 { float x, y; constexpr ImVec2() : x(0), y(0) {} constexpr ImVec2(float a, float b) : x(a), y(b) {} };
namespace ImGui { ImVec2 CalcTextSize(const char *text, const char *text_end, bool hide, float wrap_width); ImVec2 Add(ImVec2 a, ImVec2 b); }
//--- v2/imgui.h
#include <cstddef>
struct ImVec2 { float x, y; constexpr ImVec2() : x(0), y(0) {} constexpr ImVec2(float a, float b) : x(a), y(b) {}
  float &operator[](size_t idx) { return (&x)[idx]; }
  float operator[](size_t idx) const { return (&x)[idx]; } };
namespace ImGui { ImVec2 CalcTextSize(const char *text, const char *text_end, bool hide, float wrap_width); ImVec2 Add(ImVec2 a, ImVec2 b); }
//--- v1
#include <cstring>
#include "imgui.h"
namespace ImGui {
ImVec2 CalcTextSize(const char *text, const char *text_end, bool hide, float wrap_width) { (void)hide; std::size_t n = text_end ? (std::size_t)(text_end - text) : std::strlen(text); float w = 7.0f * (float)n; return ImVec2(wrap_width > 0 && w > wrap_width ? wrap_width : w, 13.0f); }
ImVec2 Add(ImVec2 a, ImVec2 b) { return ImVec2(a.x + b.x, a.y + b.y); }
}
//--- v2
#include <cstring>
#include "imgui.h"
namespace ImGui {
ImVec2 CalcTextSize(const char *text, const char *text_end, bool hide, float wrap_width) { (void)hide; std::size_t n = text_end ? (std::size_t)(text_end - text) : std::strlen(text); float w = 7.0f * (float)n; return ImVec2(wrap_width > 0 && w > wrap_width ? wrap_width : w, 13.0f); }
ImVec2 Add(ImVec2 a, ImVec2 b) { return ImVec2(a[0] + b[0], a[1] + b[1]); }
}
