// expect: breaking
// why: xercesc::XMLPlatformUtils::Initialize(const char *locale, const char *nlsHome, PanicHandler *) gains a
// why: fourth parameter MemoryManager * (defaulted, as Xerces-C 2.x did). The default is filled in by callers at
// why: compile time, so the function is a new one with another mangled name: the three-parameter symbol every old
// why: binary calls at start-up is gone.
// abidiff: 12 agree
//--- v1/PlatformUtils.hpp
namespace xercesc {
class PanicHandler;
class MemoryManager;
class XMLPlatformUtils {
public:
    static void Initialize(const char *const locale = "en_US", const char *const nlsHome = 0, PanicHandler *const panicHandler = 0);
    static void Terminate();
    static MemoryManager *fgMemoryManager;
    static PanicHandler *fgUserPanicHandler;
    static int fgInitCount;
};
}
//--- v2/PlatformUtils.hpp
namespace xercesc {
class PanicHandler;
class MemoryManager;
class XMLPlatformUtils {
public:
    static void Initialize(const char *const locale = "en_US", const char *const nlsHome = 0, PanicHandler *const panicHandler = 0, MemoryManager *const memoryManager = 0);
    static void Terminate();
    static MemoryManager *fgMemoryManager;
    static PanicHandler *fgUserPanicHandler;
    static int fgInitCount;
};
}
//--- v1
#include "PlatformUtils.hpp"
namespace xercesc {
MemoryManager *XMLPlatformUtils::fgMemoryManager = 0;
PanicHandler *XMLPlatformUtils::fgUserPanicHandler = 0;
int XMLPlatformUtils::fgInitCount = 0;
void XMLPlatformUtils::Initialize(const char *const locale, const char *const nlsHome, PanicHandler *const panicHandler) {
    if (fgInitCount++ > 0) return;
    fgUserPanicHandler = panicHandler;
    (void)locale; (void)nlsHome;
}
void XMLPlatformUtils::Terminate() { if (fgInitCount > 0 && --fgInitCount == 0) { fgUserPanicHandler = 0; fgMemoryManager = 0; } }
}
//--- v2
#include "PlatformUtils.hpp"
namespace xercesc {
MemoryManager *XMLPlatformUtils::fgMemoryManager = 0;
PanicHandler *XMLPlatformUtils::fgUserPanicHandler = 0;
int XMLPlatformUtils::fgInitCount = 0;
void XMLPlatformUtils::Initialize(const char *const locale, const char *const nlsHome, PanicHandler *const panicHandler, MemoryManager *const memoryManager) {
    if (fgInitCount++ > 0) return;
    fgUserPanicHandler = panicHandler;
    fgMemoryManager = memoryManager;
    (void)locale; (void)nlsHome;
}
void XMLPlatformUtils::Terminate() { if (fgInitCount > 0 && --fgInitCount == 0) { fgUserPanicHandler = 0; fgMemoryManager = 0; } }
}
