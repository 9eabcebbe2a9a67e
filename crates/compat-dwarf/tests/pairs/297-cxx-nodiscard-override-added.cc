// expect: none
// why: a modernisation pass adds [[nodiscard]] to Reader::read and FileReader::size and override to FileReader's
// why: overriders: attributes and override change neither types, vtables, layouts nor mangled names, and none
// why: is recorded in DWARF.
// abidiff: 0 agree
//--- v1/reader.h
#include <cstddef>
class Reader {
public:
  virtual ~Reader();
  virtual std::size_t read(char *buf, std::size_t n) = 0;
};
class FileReader : public Reader {
public:
  explicit FileReader(int fd);
  ~FileReader();
  std::size_t read(char *buf, std::size_t n);
  std::size_t size() const;
private:
  int fd_;
  std::size_t pos_;
};
//--- v2/reader.h
#include <cstddef>
class Reader {
public:
  virtual ~Reader();
  [[nodiscard]] virtual std::size_t read(char *buf, std::size_t n) = 0;
};
class FileReader : public Reader {
public:
  explicit FileReader(int fd);
  ~FileReader() override;
  [[nodiscard]] std::size_t read(char *buf, std::size_t n) override;
  [[nodiscard]] std::size_t size() const;
private:
  int fd_;
  std::size_t pos_;
};
//--- lib.cc
#include "reader.h"
Reader::~Reader() {}
FileReader::FileReader(int fd) : fd_(fd), pos_(0) {}
FileReader::~FileReader() {}
std::size_t FileReader::read(char *buf, std::size_t n) { for (std::size_t i = 0; i < n; i++) buf[i] = 0; pos_ += n; return fd_ < 0 ? 0 : n; }
std::size_t FileReader::size() const { return pos_; }
