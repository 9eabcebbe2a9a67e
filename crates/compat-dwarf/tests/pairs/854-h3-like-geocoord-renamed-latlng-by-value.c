// expect: info
// why: H3 4.0 renames struct GeoCoord { double lat; double lon; } to LatLng { double lat; double lng; }; this release
// why: keeps the functions' names. cellToLatLng returns it by value and greatCircleDistanceKm takes two by value: the
// why: same two doubles in xmm0 and xmm1 under the same C symbols, so binaries are unaffected; sources naming the old
// why: type or the lon member no longer compile (a renamed struct with the same layout, as in 557).
// abidiff: 4 disagree: abidiff reports the renamed type and member; the layout, classification and symbols are unchanged.
//--- v1/h3api.h
#include <stdint.h>
typedef uint64_t H3Index;
typedef struct GeoCoord { double lat; double lon; } GeoCoord;
GeoCoord cellToLatLng(H3Index cell);
double greatCircleDistanceKm(GeoCoord a, GeoCoord b);
//--- v2/h3api.h
#include <stdint.h>
typedef uint64_t H3Index;
typedef struct LatLng { double lat; double lng; } LatLng;
LatLng cellToLatLng(H3Index cell);
double greatCircleDistanceKm(LatLng a, LatLng b);
//--- v1
#include <math.h>
#include "h3api.h"
GeoCoord cellToLatLng(H3Index cell) { GeoCoord g; g.lat = (double)(cell & 0xffff) / 65535.0 * 3.14159265358979 - 1.5707963267949; g.lon = (double)((cell >> 16) & 0xffff) / 65535.0 * 6.28318530717959 - 3.14159265358979; return g; }
double greatCircleDistanceKm(GeoCoord a, GeoCoord b) { double s1 = sin((b.lat - a.lat) / 2), s2 = sin((b.lon - a.lon) / 2); return 2 * 6371.0088 * asin(sqrt(s1 * s1 + cos(a.lat) * cos(b.lat) * s2 * s2)); }
//--- v2
#include <math.h>
#include "h3api.h"
LatLng cellToLatLng(H3Index cell) { LatLng g; g.lat = (double)(cell & 0xffff) / 65535.0 * 3.14159265358979 - 1.5707963267949; g.lng = (double)((cell >> 16) & 0xffff) / 65535.0 * 6.28318530717959 - 3.14159265358979; return g; }
double greatCircleDistanceKm(LatLng a, LatLng b) { double s1 = sin((b.lat - a.lat) / 2), s2 = sin((b.lng - a.lng) / 2); return 2 * 6371.0088 * asin(sqrt(s1 * s1 + cos(a.lat) * cos(b.lat) * s2 * s2)); }
