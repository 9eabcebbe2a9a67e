// expect: breaking
// why: the other side of 658: NavConfig is filled by consumers and passed to buildNavMesh. v2 replaces float
// why: bmin[3] and float bmax[3] by float range[3][2], one row per axis: the same 24 bytes at bytes 8 to 32, but
// why: ordered min x, max x, min y, ... instead of min x, min y, min z, max x, ...: the library reads old callers'
// why: min y as the maximum x. The rows are not the old arrays.
// abidiff: 4 agree
//--- v1/NavConfig.h
struct NavConfig { int width; int height; float bmin[3]; float bmax[3]; float cs; float ch; };
float buildNavMesh(const NavConfig &cfg);
//--- v2/NavConfig.h
struct NavConfig { int width; int height; float range[3][2]; float cs; float ch; };
float buildNavMesh(const NavConfig &cfg);
//--- v1
#include "NavConfig.h"
float buildNavMesh(const NavConfig &cfg) { return (cfg.bmax[0] - cfg.bmin[0]) / cfg.cs + (cfg.bmax[2] - cfg.bmin[2]) / cfg.ch + cfg.width * 0.0f; }
//--- v2
#include "NavConfig.h"
float buildNavMesh(const NavConfig &cfg) { return (cfg.range[0][1] - cfg.range[0][0]) / cfg.cs + (cfg.range[2][1] - cfg.range[2][0]) / cfg.ch + cfg.width * 0.0f; }
