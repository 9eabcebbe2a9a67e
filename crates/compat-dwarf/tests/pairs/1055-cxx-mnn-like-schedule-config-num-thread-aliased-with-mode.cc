// expect: info
// why: MNN::ScheduleConfig is built by the caller (ScheduleConfig config; config.numThread = 4;) and passed by const
// why: reference to Interpreter::createSession. v2 wraps int numThread in an anonymous union with int mode, a second
// why: name for the same int that GPU backends read as a mode: numThread keeps its offset, size and default, the struct
// why: keeps its layout, and old binaries set the same bytes they did. A new name for old bytes is an API addition.
// abidiff: 0 agree
//--- v1/Interpreter.hpp
#include <string>
#include <vector>
namespace MNN {
enum MNNForwardType { MNN_FORWARD_CPU = 0, MNN_FORWARD_OPENCL = 3, MNN_FORWARD_AUTO = 4, MNN_FORWARD_VULKAN = 7 };
struct ScheduleConfig {
    std::vector<std::string> saveTensors;
    MNNForwardType type = MNN_FORWARD_CPU;
    int numThread = 4;
    MNNForwardType backupType = MNN_FORWARD_CPU;
    void *backendConfig = nullptr;
};
class Session;
class Interpreter {
public:
    static Interpreter *createFromFile(const char *file);
    Session *createSession(const ScheduleConfig &config);
    int sessionThreads(const Session *session) const;
    ~Interpreter();
private:
    Interpreter();
    struct Content;
    Content *mNet;
};
}
//--- v2/Interpreter.hpp
#include <string>
#include <vector>
namespace MNN {
enum MNNForwardType { MNN_FORWARD_CPU = 0, MNN_FORWARD_OPENCL = 3, MNN_FORWARD_AUTO = 4, MNN_FORWARD_VULKAN = 7 };
struct ScheduleConfig {
    std::vector<std::string> saveTensors;
    MNNForwardType type = MNN_FORWARD_CPU;
    union {
        int numThread = 4;
        int mode;
    };
    MNNForwardType backupType = MNN_FORWARD_CPU;
    void *backendConfig = nullptr;
};
class Session;
class Interpreter {
public:
    static Interpreter *createFromFile(const char *file);
    Session *createSession(const ScheduleConfig &config);
    int sessionThreads(const Session *session) const;
    ~Interpreter();
private:
    Interpreter();
    struct Content;
    Content *mNet;
};
}
//--- v1
#include <vector>
#include "Interpreter.hpp"
namespace MNN {
class Session { public: MNNForwardType type; int threads; };
struct Interpreter::Content { std::string file; std::vector<Session *> sessions; };
Interpreter::Interpreter() : mNet(new Content) {}
Interpreter::~Interpreter() { for (Session *s : mNet->sessions) delete s; delete mNet; }
Interpreter *Interpreter::createFromFile(const char *file) { if (!file) return nullptr; Interpreter *i = new Interpreter; i->mNet->file = file; return i; }
Session *Interpreter::createSession(const ScheduleConfig &config) {
    Session *s = new Session{config.type == MNN_FORWARD_AUTO ? MNN_FORWARD_CPU : config.type, config.numThread > 0 ? config.numThread : 1};
    mNet->sessions.push_back(s);
    return s;
}
int Interpreter::sessionThreads(const Session *session) const { return session->threads; }
}
//--- v2
#include <vector>
#include "Interpreter.hpp"
namespace MNN {
class Session { public: MNNForwardType type; int threads; };
struct Interpreter::Content { std::string file; std::vector<Session *> sessions; };
Interpreter::Interpreter() : mNet(new Content) {}
Interpreter::~Interpreter() { for (Session *s : mNet->sessions) delete s; delete mNet; }
Interpreter *Interpreter::createFromFile(const char *file) { if (!file) return nullptr; Interpreter *i = new Interpreter; i->mNet->file = file; return i; }
Session *Interpreter::createSession(const ScheduleConfig &config) {
    MNNForwardType t = config.type == MNN_FORWARD_AUTO ? MNN_FORWARD_CPU : config.type;
    int threads = t == MNN_FORWARD_CPU ? (config.numThread > 0 ? config.numThread : 1) : 1;
    Session *s = new Session{t, t == MNN_FORWARD_CPU ? threads : config.mode};
    mNet->sessions.push_back(s);
    return s;
}
int Interpreter::sessionThreads(const Session *session) const { return session->threads; }
}
