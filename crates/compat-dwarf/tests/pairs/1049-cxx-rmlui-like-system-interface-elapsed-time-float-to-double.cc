// expect: breaking
// why: Rml::SystemInterface is meant to be derived from: applications override GetElapsedTime and hand their object to
// why: Rml::SetSystemInterface, and the library calls it through the vtable to drive animations. v2 changes its result
// why: from float to double; the slot and the mangled name (which has no return type) stay, so an old override still
// why: fills it, but it returns a float in the low 32 bits of %xmm0 and v2 reads all 64 as a double: every time the
// why: library reads is garbage.
// abidiff: 4 agree
//--- v1/SystemInterface.h
namespace Rml {
class SystemInterface {
public:
    SystemInterface();
    virtual ~SystemInterface();
    virtual float GetElapsedTime();
    virtual bool LogMessage(int type, const char *message);
};
void SetSystemInterface(SystemInterface *system_interface);
bool Update();
float GetAnimationClock();
}
//--- v2/SystemInterface.h
namespace Rml {
class SystemInterface {
public:
    SystemInterface();
    virtual ~SystemInterface();
    virtual double GetElapsedTime();
    virtual bool LogMessage(int type, const char *message);
};
void SetSystemInterface(SystemInterface *system_interface);
bool Update();
float GetAnimationClock();
}
//--- v1
#include <cstdio>
#include <ctime>
#include "SystemInterface.h"
namespace Rml {
static SystemInterface *current;
static float clock_value;
SystemInterface::SystemInterface() {}
SystemInterface::~SystemInterface() {}
float SystemInterface::GetElapsedTime() { return float(std::clock()) / CLOCKS_PER_SEC; }
bool SystemInterface::LogMessage(int type, const char *message) { std::fprintf(stderr, "[%d] %s\n", type, message); return true; }
void SetSystemInterface(SystemInterface *system_interface) { current = system_interface; }
bool Update() { if (!current) return false; float t = current->GetElapsedTime(); if (t < clock_value) current->LogMessage(1, "clock went backwards"); clock_value = t; return true; }
float GetAnimationClock() { return clock_value; }
}
//--- v2
#include <cstdio>
#include <ctime>
#include "SystemInterface.h"
namespace Rml {
static SystemInterface *current;
static double clock_value;
SystemInterface::SystemInterface() {}
SystemInterface::~SystemInterface() {}
double SystemInterface::GetElapsedTime() { return double(std::clock()) / CLOCKS_PER_SEC; }
bool SystemInterface::LogMessage(int type, const char *message) { std::fprintf(stderr, "[%d] %s\n", type, message); return true; }
void SetSystemInterface(SystemInterface *system_interface) { current = system_interface; }
bool Update() { if (!current) return false; double t = current->GetElapsedTime(); if (t < clock_value) current->LogMessage(1, "clock went backwards"); clock_value = t; return true; }
float GetAnimationClock() { return float(clock_value); }
}
