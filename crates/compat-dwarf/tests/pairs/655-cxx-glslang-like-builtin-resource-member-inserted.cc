// expect: breaking
// why: TBuiltInResource is filled by consumers (their own default resource tables) and passed by pointer to
// why: TShader::parse; no export hands one out. v2 inserts int maxMeshOutputVerticesNV before limits: limits moves
// why: by 4 bytes and the struct grows, so the library reads an old caller's limits one member off and past its
// why: end.
// abidiff: 4 agree
//--- v1/ResourceLimits.h
struct TLimits { bool nonInductiveForLoops; bool whileLoops; bool doWhileLoops; };
struct TBuiltInResource { int maxLights; int maxClipPlanes; int maxTextureUnits; int maxDualSourceDrawBuffersEXT; TLimits limits; };
namespace glslang { class TShader { public: TShader(int stage); bool parse(const TBuiltInResource *res, int defaultVersion); private: int stage_; int version_; }; }
//--- v2/ResourceLimits.h
struct TLimits { bool nonInductiveForLoops; bool whileLoops; bool doWhileLoops; };
struct TBuiltInResource { int maxLights; int maxClipPlanes; int maxTextureUnits; int maxDualSourceDrawBuffersEXT; int maxMeshOutputVerticesNV; TLimits limits; };
namespace glslang { class TShader { public: TShader(int stage); bool parse(const TBuiltInResource *res, int defaultVersion); private: int stage_; int version_; }; }
//--- v1
#include "ResourceLimits.h"
namespace glslang {
TShader::TShader(int stage) : stage_(stage), version_(0) {}
bool TShader::parse(const TBuiltInResource *res, int defaultVersion) { version_ = defaultVersion; return res->maxLights > 0 && res->limits.whileLoops; }
}
//--- v2
#include "ResourceLimits.h"
namespace glslang {
TShader::TShader(int stage) : stage_(stage), version_(0) {}
bool TShader::parse(const TBuiltInResource *res, int defaultVersion) { version_ = defaultVersion; return res->maxLights > 0 && res->limits.whileLoops && res->maxMeshOutputVerticesNV >= 0; }
}
