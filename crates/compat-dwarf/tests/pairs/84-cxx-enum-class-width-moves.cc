// expect: breaking
// why: Level's underlying type goes from short to long long: member lvl of the class with exported
// why: members grows from 2 to 8 bytes and count moves from byte 4 to byte 8.
// abidiff: 4 agree
//--- v1
enum class Level : short { Low, High };
struct Gauge { Level lvl; int count; int read() const; };
int Gauge::read() const { return count + static_cast<int>(lvl); }
//--- v2
enum class Level : long long { Low, High };
struct Gauge { Level lvl; int count; int read() const; };
int Gauge::read() const { return count + static_cast<int>(lvl); }
