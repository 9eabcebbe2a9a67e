// expect: info
// why: rcConfig is filled by consumers and passed to rcBuildNavMesh. v2 replaces float bmin[3] and float bmax[3]
// why: by float bounds[2][3]: the same six floats at bytes 8 to 32 (bounds[0] where bmin was, bounds[1] where
// why: bmax was), the same size, so the library reads the same values; sources naming bmin and bmax must
// why: change: an API change of the same representation.
// abidiff: 4 disagree: abidiff reports bmin and bmax removed and bounds added; the six floats keep their offsets.
//--- v1/Recast.h
struct rcConfig { int width; int height; float bmin[3]; float bmax[3]; float cs; float ch; };
float rcBuildNavMesh(const rcConfig &cfg);
//--- v2/Recast.h
struct rcConfig { int width; int height; float bounds[2][3]; float cs; float ch; };
float rcBuildNavMesh(const rcConfig &cfg);
//--- v1
#include "Recast.h"
float rcBuildNavMesh(const rcConfig &cfg) { return (cfg.bmax[0] - cfg.bmin[0]) / cfg.cs + (cfg.bmax[2] - cfg.bmin[2]) / cfg.ch + cfg.width * 0.0f; }
//--- v2
#include "Recast.h"
float rcBuildNavMesh(const rcConfig &cfg) { return (cfg.bounds[1][0] - cfg.bounds[0][0]) / cfg.cs + (cfg.bounds[1][2] - cfg.bounds[0][2]) / cfg.ch + cfg.width * 0.0f; }
