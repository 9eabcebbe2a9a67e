// expect: breaking
// why: ImGuiStyle has an exported constructor and consumers hold copies of it (ImGuiStyle backup =
// why: ImGui::GetStyle(); later ImGui::GetStyle() = backup), so it is public. v2 inserts float TabBarBorderSize
// why: after TabRounding (as Dear ImGui 1.89 did): every later member moves by 4 bytes and the class grows, so
// why: old binaries read WindowMenuButtonPosition where the library keeps TabBarBorderSize, and copy too few bytes.
// abidiff: 4 agree
//--- v1/imgui.h
struct ImVec2 { float x, y; ImVec2() : x(0), y(0) {} ImVec2(float a, float b) : x(a), y(b) {} };
struct ImGuiStyle {
  float Alpha; float DisabledAlpha; ImVec2 WindowPadding; float WindowRounding; float TabRounding;
  int WindowMenuButtonPosition; ImVec2 ButtonTextAlign; bool AntiAliasedLines;
  ImGuiStyle();
  void ScaleAllSizes(float scale_factor);
};
namespace ImGui { ImGuiStyle &GetStyle(); }
//--- v2/imgui.h
struct ImVec2 { float x, y; ImVec2() : x(0), y(0) {} ImVec2(float a, float b) : x(a), y(b) {} };
struct ImGuiStyle {
  float Alpha; float DisabledAlpha; ImVec2 WindowPadding; float WindowRounding; float TabRounding;
  float TabBarBorderSize;
  int WindowMenuButtonPosition; ImVec2 ButtonTextAlign; bool AntiAliasedLines;
  ImGuiStyle();
  void ScaleAllSizes(float scale_factor);
};
namespace ImGui { ImGuiStyle &GetStyle(); }
//--- v1
#include "imgui.h"
ImGuiStyle::ImGuiStyle() : Alpha(1), DisabledAlpha(0.6f), WindowPadding(8, 8), WindowRounding(0), TabRounding(4), WindowMenuButtonPosition(0), ButtonTextAlign(0.5f, 0.5f), AntiAliasedLines(true) {}
void ImGuiStyle::ScaleAllSizes(float s) { WindowPadding.x *= s; WindowPadding.y *= s; WindowRounding *= s; TabRounding *= s; }
namespace ImGui { static ImGuiStyle style; ImGuiStyle &GetStyle() { return style; } }
//--- v2
#include "imgui.h"
ImGuiStyle::ImGuiStyle() : Alpha(1), DisabledAlpha(0.6f), WindowPadding(8, 8), WindowRounding(0), TabRounding(4), TabBarBorderSize(1), WindowMenuButtonPosition(0), ButtonTextAlign(0.5f, 0.5f), AntiAliasedLines(true) {}
void ImGuiStyle::ScaleAllSizes(float s) { WindowPadding.x *= s; WindowPadding.y *= s; WindowRounding *= s; TabRounding *= s; TabBarBorderSize *= s; }
namespace ImGui { static ImGuiStyle style; ImGuiStyle &GetStyle() { return style; } }
