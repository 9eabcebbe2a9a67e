// expect: breaking
// why: Color's underlying type goes from int to unsigned char: the by-value Pen's member c shrinks to one
// why: byte (its size is part of Pen's layout), a different-size enum.
// abidiff: 4 agree
//--- v1
enum class Color : int { Red, Green, Blue };
struct Pen { Color c; int width; };
int pen_width(Pen p) { return p.width + static_cast<int>(p.c); }
//--- v2
enum class Color : unsigned char { Red, Green, Blue };
struct Pen { Color c; int width; };
int pen_width(Pen p) { return p.width + static_cast<int>(p.c); }
