// expect: none
// why: An enum class without a base has underlying type int; v2 spells ": int" explicitly: the same type.
// abidiff: 0 agree
//--- v1
enum class Color { Red, Green, Blue };
struct Pen { Color c; int width; };
int pen_width(Pen p) { return p.width + static_cast<int>(p.c); }
//--- v2
enum class Color : int { Red, Green, Blue };
struct Pen { Color c; int width; };
int pen_width(Pen p) { return p.width + static_cast<int>(p.c); }
