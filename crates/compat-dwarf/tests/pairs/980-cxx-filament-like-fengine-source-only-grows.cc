// expect: info
// why: filament::Engine is an interface class without data members: consumers get one from the static
// why: Engine::create and call its exported non-virtual members, which downcast to FEngine, the implementation
// why: defined only in the library's sources (Engine's constructor is protected, so consumers can neither
// why: construct nor size one). v2 inserts a frame-graph arena and a counter into FEngine: invisible to consumers,
// why: whose Engine and every symbol are unchanged.
// abidiff: 0 agree
//--- v1/Engine.h
#include <cstddef>
namespace filament {
class Engine {
public:
    static Engine *create();
    static void destroy(Engine *engine);
    void flush();
    std::size_t getFrameCount() const;
protected:
    Engine() noexcept = default;
    ~Engine() = default;
};
}
//--- v2/Engine.h
#include <cstddef>
namespace filament {
class Engine {
public:
    static Engine *create();
    static void destroy(Engine *engine);
    void flush();
    std::size_t getFrameCount() const;
protected:
    Engine() noexcept = default;
    ~Engine() = default;
};
}
//--- v1
#include "Engine.h"
#include <vector>
namespace filament {
class FEngine : public Engine {
public:
    std::vector<unsigned char> commandBuffer;
    std::size_t frameCount = 0;
    bool flushed = false;
};
static FEngine *downcast(Engine *e) { return static_cast<FEngine *>(e); }
static const FEngine *downcast(const Engine *e) { return static_cast<const FEngine *>(e); }
Engine *Engine::create() { return new FEngine; }
void Engine::destroy(Engine *engine) { delete downcast(engine); }
void Engine::flush() { FEngine *e = downcast(this); e->commandBuffer.clear(); e->frameCount++; e->flushed = true; }
std::size_t Engine::getFrameCount() const { return downcast(this)->frameCount; }
}
//--- v2
#include "Engine.h"
#include <vector>
namespace filament {
class FEngine : public Engine {
public:
    std::vector<unsigned char> commandBuffer;
    std::vector<unsigned char> frameGraphArena;
    std::size_t frameCount = 0;
    std::size_t arenaResets = 0;
    bool flushed = false;
};
static FEngine *downcast(Engine *e) { return static_cast<FEngine *>(e); }
static const FEngine *downcast(const Engine *e) { return static_cast<const FEngine *>(e); }
Engine *Engine::create() { FEngine *e = new FEngine; e->frameGraphArena.reserve(1 << 16); return e; }
void Engine::destroy(Engine *engine) { delete downcast(engine); }
void Engine::flush() { FEngine *e = downcast(this); e->commandBuffer.clear(); e->frameGraphArena.clear(); e->arenaResets++; e->frameCount++; e->flushed = true; }
std::size_t Engine::getFrameCount() const { return downcast(this)->frameCount; }
}
