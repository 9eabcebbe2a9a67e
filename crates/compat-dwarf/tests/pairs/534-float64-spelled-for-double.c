// expect: info
// why: struct geo_point is passed and returned by value (geo_midpoint) and v2 spells its members _Float64 instead
// why: of double. _Float64 has double's format, size and alignment and is passed in the same SSE registers, so
// why: binaries are unaffected; but in C they are distinct types (as long and long long are), which a reader of
// why: the API should see (as in 126).
// abidiff: 4 disagree: abidiff reports lat and lon changed from double to _Float64; the format, size, alignment and registers are the same, and only the type's name differs (as in 126).
//--- v1/geo.h
struct geo_point { double lat; double lon; };
struct geo_point geo_midpoint(struct geo_point a, struct geo_point b);
//--- v2/geo.h
struct geo_point { _Float64 lat; _Float64 lon; };
struct geo_point geo_midpoint(struct geo_point a, struct geo_point b);
//--- v1
#include "geo.h"
struct geo_point geo_midpoint(struct geo_point a, struct geo_point b) { struct geo_point m = { (a.lat + b.lat) / 2, (a.lon + b.lon) / 2 }; return m; }
//--- v2
#include "geo.h"
struct geo_point geo_midpoint(struct geo_point a, struct geo_point b) { struct geo_point m = { (a.lat + b.lat) / 2, (a.lon + b.lon) / 2 }; return m; }
