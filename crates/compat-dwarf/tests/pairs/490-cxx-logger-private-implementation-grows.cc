// expect: info
// why: log::Sink is an abstract interface in the header; consumers get one from log::make_file_sink and call its
// why: virtual functions. The implementation, class FileSink : public Sink, is defined only in the library's
// why: source; v2 adds a rotation size and a mutex-like counter to it (FileSink grows from 24 to 40 bytes) and
// why: overrides no new functions. Sink's vtable is unchanged, and consumers can neither name FileSink nor
// why: derive from it, so nothing they compiled depends on its layout (FileSink's own vtable is the library's).
// abidiff: 4 disagree: abidiff reports class log::FileSink changed (bytes_ and rotate_at_ added, size from 24 to 40 bytes); FileSink is declared and defined only in the library's source, so no consumer can name, allocate or derive from it, and Sink's vtable is unchanged (as in 454).
//--- sink.h
#include <memory>
namespace log {
class Sink {
public:
  virtual ~Sink();
  virtual void write(const char *msg) = 0;
  virtual void flush() = 0;
};
std::unique_ptr<Sink> make_file_sink(const char *path);
}
//--- v1
#include <cstdio>
#include "sink.h"
namespace log {
Sink::~Sink() {}
class FileSink : public Sink {
public:
  explicit FileSink(std::FILE *f) : f_(f), lines_(0) {}
  ~FileSink() override { if (f_) std::fclose(f_); }
  void write(const char *msg) override { if (f_) { std::fputs(msg, f_); ++lines_; } }
  void flush() override { if (f_) std::fflush(f_); }
private:
  std::FILE *f_;
  long lines_;
};
std::unique_ptr<Sink> make_file_sink(const char *path) { return std::unique_ptr<Sink>(new FileSink(std::fopen(path, "a"))); }
}
//--- v2
#include <cstdio>
#include "sink.h"
namespace log {
Sink::~Sink() {}
class FileSink : public Sink {
public:
  explicit FileSink(std::FILE *f) : f_(f), lines_(0), bytes_(0), rotate_at_(1 << 20) {}
  ~FileSink() override { if (f_) std::fclose(f_); }
  void write(const char *msg) override {
    if (!f_) return;
    int n = std::fputs(msg, f_);
    ++lines_; bytes_ += n > 0 ? n : 0;
    if (bytes_ > rotate_at_) { std::fflush(f_); bytes_ = 0; }
  }
  void flush() override { if (f_) std::fflush(f_); }
private:
  std::FILE *f_;
  long lines_;
  long bytes_;
  long rotate_at_;
};
std::unique_ptr<Sink> make_file_sink(const char *path) { return std::unique_ptr<Sink>(new FileSink(std::fopen(path, "a"))); }
}
