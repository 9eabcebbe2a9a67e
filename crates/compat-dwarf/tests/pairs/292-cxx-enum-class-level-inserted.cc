// expect: breaking
// why: logging::Level gains notice between info and warn without explicit values: warn, err and critical move from
// why: 3, 4, 5 to 4, 5, 6. Old binaries pass the old numbers to set_level (and get new ones back from level()),
// why: so a consumer asking for warn now gets notice.
// abidiff: 4 agree
//--- v1/log.h
namespace logging {
enum class Level { trace, debug, info, warn, err, critical };
void set_level(Level level);
Level level();
bool should_log(Level msg_level);
}
//--- v2/log.h
namespace logging {
enum class Level { trace, debug, info, notice, warn, err, critical };
void set_level(Level level);
Level level();
bool should_log(Level msg_level);
}
//--- lib.cc
#include "log.h"
namespace logging {
static Level g_level = Level::info;
void set_level(Level level) { g_level = level; }
Level level() { return g_level; }
bool should_log(Level msg_level) { return static_cast<int>(msg_level) >= static_cast<int>(g_level); }
}
