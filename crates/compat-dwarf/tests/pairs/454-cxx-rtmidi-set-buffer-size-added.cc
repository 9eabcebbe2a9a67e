// expect: info
// why: RtMidi 5 lets applications size the input queue: RtMidiIn gains the exported RtMidiIn::setBufferSize(unsigned
// why: int size, unsigned int count), which forwards to a new virtual of the backend class MidiInApi, declared and
// why: defined only in the library's source (the public classes hold it as a MidiApi * in rtapi_), whose queue
// why: struct grows by the two counts. RtMidi and RtMidiIn keep their size, members, vtables and every old symbol;
// why: the backend's vtable and layout are private (its inline virtuals are exported as weak symbols, but no
// why: consumer can name the class, let alone derive from it). Adding symbols is compatible (as in 231).
// abidiff: 12 disagree: abidiff reports RtMidiIn::setBufferSize and MidiInApi::setBufferSize added, a new vtable entry of MidiInApi and its members moved; MidiInApi is declared and defined only in the library's source, so no consumer has its vtable or layout, and adding symbols is compatible (as in 74 and 231).
//--- v1/RtMidi.h
#include <string>
#include <vector>
class MidiApi;
class RtMidi {
public:
  enum Api { UNSPECIFIED, MACOSX_CORE, LINUX_ALSA, UNIX_JACK, WINDOWS_MM, RTMIDI_DUMMY, NUM_APIS };
  static std::string getVersion();
  static std::string getApiName(RtMidi::Api api);
  virtual void openPort(unsigned int portNumber = 0, const std::string &portName = std::string("RtMidi")) = 0;
  virtual void closePort() = 0;
  virtual ~RtMidi();
protected:
  RtMidi();
  MidiApi *rtapi_;
};
class RtMidiIn : public RtMidi {
public:
  typedef void (*RtMidiCallback)(double timeStamp, std::vector<unsigned char> *message, void *userData);
  RtMidiIn(RtMidi::Api api = UNSPECIFIED, const std::string &clientName = "RtMidi Input Client", unsigned int queueSizeLimit = 100);
  ~RtMidiIn() override;
  void openPort(unsigned int portNumber = 0, const std::string &portName = std::string("RtMidi Input")) override;
  void closePort() override;
  void setCallback(RtMidiCallback callback, void *userData = 0);
  double getMessage(std::vector<unsigned char> *message);
};
//--- v2/RtMidi.h
#include <string>
#include <vector>
class MidiApi;
class RtMidi {
public:
  enum Api { UNSPECIFIED, MACOSX_CORE, LINUX_ALSA, UNIX_JACK, WINDOWS_MM, RTMIDI_DUMMY, NUM_APIS };
  static std::string getVersion();
  static std::string getApiName(RtMidi::Api api);
  virtual void openPort(unsigned int portNumber = 0, const std::string &portName = std::string("RtMidi")) = 0;
  virtual void closePort() = 0;
  virtual ~RtMidi();
protected:
  RtMidi();
  MidiApi *rtapi_;
};
class RtMidiIn : public RtMidi {
public:
  typedef void (*RtMidiCallback)(double timeStamp, std::vector<unsigned char> *message, void *userData);
  RtMidiIn(RtMidi::Api api = UNSPECIFIED, const std::string &clientName = "RtMidi Input Client", unsigned int queueSizeLimit = 100);
  ~RtMidiIn() override;
  void openPort(unsigned int portNumber = 0, const std::string &portName = std::string("RtMidi Input")) override;
  void closePort() override;
  void setCallback(RtMidiCallback callback, void *userData = 0);
  double getMessage(std::vector<unsigned char> *message);
  void setBufferSize(unsigned int size, unsigned int count);
};
//--- v1
#include <deque>
#include "RtMidi.h"
class MidiApi {
public:
  virtual ~MidiApi() {}
  virtual void openPort(unsigned int portNumber, const std::string &portName) = 0;
  virtual void closePort() = 0;
};
class MidiInApi : public MidiApi {
public:
  struct MidiQueue { std::deque<std::vector<unsigned char>> ring; unsigned int ringSize; };
  explicit MidiInApi(unsigned int queueSizeLimit) { queue_.ringSize = queueSizeLimit; }
  void openPort(unsigned int portNumber, const std::string &portName) override { (void)portName; port_ = (int)portNumber; }
  void closePort() override { port_ = -1; }
  void setCallback(RtMidiIn::RtMidiCallback cb, void *userData) { cb_ = cb; userData_ = userData; }
  double getMessage(std::vector<unsigned char> *message) {
    if (queue_.ring.empty()) { message->clear(); return 0.0; }
    *message = queue_.ring.front(); queue_.ring.pop_front(); return 0.001;
  }
private:
  MidiQueue queue_;
  RtMidiIn::RtMidiCallback cb_ = nullptr;
  void *userData_ = nullptr;
  int port_ = -1;
};
RtMidi::RtMidi() : rtapi_(nullptr) {}
RtMidi::~RtMidi() { delete rtapi_; }
std::string RtMidi::getVersion() { return "4.0.0"; }
std::string RtMidi::getApiName(RtMidi::Api api) {
  static const char *names[] = { "unspecified", "core", "alsa", "jack", "winmm", "dummy" };
  return api >= 0 && api < NUM_APIS ? names[api] : "";
}
RtMidiIn::RtMidiIn(RtMidi::Api api, const std::string &clientName, unsigned int queueSizeLimit) { (void)api; (void)clientName; rtapi_ = new MidiInApi(queueSizeLimit); }
RtMidiIn::~RtMidiIn() {}
void RtMidiIn::openPort(unsigned int portNumber, const std::string &portName) { rtapi_->openPort(portNumber, portName); }
void RtMidiIn::closePort() { rtapi_->closePort(); }
void RtMidiIn::setCallback(RtMidiCallback callback, void *userData) { static_cast<MidiInApi *>(rtapi_)->setCallback(callback, userData); }
double RtMidiIn::getMessage(std::vector<unsigned char> *message) { return static_cast<MidiInApi *>(rtapi_)->getMessage(message); }
//--- v2
#include <deque>
#include "RtMidi.h"
class MidiApi {
public:
  virtual ~MidiApi() {}
  virtual void openPort(unsigned int portNumber, const std::string &portName) = 0;
  virtual void closePort() = 0;
};
class MidiInApi : public MidiApi {
public:
  struct MidiQueue { std::deque<std::vector<unsigned char>> ring; unsigned int ringSize; unsigned int bufferSize; unsigned int bufferCount; };
  explicit MidiInApi(unsigned int queueSizeLimit) { queue_.ringSize = queueSizeLimit; queue_.bufferSize = 1024; queue_.bufferCount = 4; }
  void openPort(unsigned int portNumber, const std::string &portName) override { (void)portName; port_ = (int)portNumber; }
  void closePort() override { port_ = -1; }
  virtual void setBufferSize(unsigned int size, unsigned int count) { queue_.bufferSize = size; queue_.bufferCount = count; }
  void setCallback(RtMidiIn::RtMidiCallback cb, void *userData) { cb_ = cb; userData_ = userData; }
  double getMessage(std::vector<unsigned char> *message) {
    if (queue_.ring.empty()) { message->clear(); return 0.0; }
    *message = queue_.ring.front(); queue_.ring.pop_front(); return 0.001;
  }
private:
  MidiQueue queue_;
  RtMidiIn::RtMidiCallback cb_ = nullptr;
  void *userData_ = nullptr;
  int port_ = -1;
};
RtMidi::RtMidi() : rtapi_(nullptr) {}
RtMidi::~RtMidi() { delete rtapi_; }
std::string RtMidi::getVersion() { return "5.0.0"; }
std::string RtMidi::getApiName(RtMidi::Api api) {
  static const char *names[] = { "unspecified", "core", "alsa", "jack", "winmm", "dummy" };
  return api >= 0 && api < NUM_APIS ? names[api] : "";
}
RtMidiIn::RtMidiIn(RtMidi::Api api, const std::string &clientName, unsigned int queueSizeLimit) { (void)api; (void)clientName; rtapi_ = new MidiInApi(queueSizeLimit); }
RtMidiIn::~RtMidiIn() {}
void RtMidiIn::openPort(unsigned int portNumber, const std::string &portName) { rtapi_->openPort(portNumber, portName); }
void RtMidiIn::closePort() { rtapi_->closePort(); }
void RtMidiIn::setCallback(RtMidiCallback callback, void *userData) { static_cast<MidiInApi *>(rtapi_)->setCallback(callback, userData); }
double RtMidiIn::getMessage(std::vector<unsigned char> *message) { return static_cast<MidiInApi *>(rtapi_)->getMessage(message); }
void RtMidiIn::setBufferSize(unsigned int size, unsigned int count) { static_cast<MidiInApi *>(rtapi_)->setBufferSize(size, count); }
