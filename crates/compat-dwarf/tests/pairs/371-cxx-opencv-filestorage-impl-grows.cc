// expect: info
// why: cv::FileStorage keeps its state behind std::shared_ptr<Impl> p (OpenCV's Ptr<Impl>); persistence.hpp only
// why: declares class Impl, which is defined in the library's source. v2 gives Impl a write buffer, a format
// why: and a mode flag: FileStorage itself (state, elname, p) keeps its 64 bytes, vtable and symbols, and no
// why: consumer can allocate or read an Impl, so nothing they compiled in changes (as in 74).
// abidiff: 4 disagree: abidiff follows std::shared_ptr<Impl> to cv::FileStorage::Impl and reports its members inserted; Impl is defined only in lib.cc, and FileStorage keeps its size, members and vtable (as in 74).
//--- persistence.hpp
#include <memory>
#include <string>
namespace cv {
class FileStorage {
public:
  enum Mode { READ = 0, WRITE = 1, APPEND = 2 };
  FileStorage();
  FileStorage(const std::string &filename, int flags);
  virtual ~FileStorage();
  virtual bool open(const std::string &filename, int flags);
  virtual bool isOpened() const;
  virtual void release();
  int state;
  std::string elname;
  class Impl;
  std::shared_ptr<Impl> p;
};
}
//--- v1
#include "persistence.hpp"
namespace cv {
class FileStorage::Impl {
public:
  std::string filename;
  int flags = 0;
  bool is_opened = false;
};
FileStorage::FileStorage() : state(0), p(std::make_shared<Impl>()) {}
FileStorage::FileStorage(const std::string &filename, int flags) : FileStorage() { open(filename, flags); }
FileStorage::~FileStorage() {}
bool FileStorage::open(const std::string &filename, int flags) { p->filename = filename; p->flags = flags; p->is_opened = !filename.empty(); state = p->is_opened ? 1 : 0; return p->is_opened; }
bool FileStorage::isOpened() const { return p && p->is_opened; }
void FileStorage::release() { p->is_opened = false; state = 0; }
}
//--- v2
#include <vector>
#include "persistence.hpp"
namespace cv {
class FileStorage::Impl {
public:
  std::string filename;
  int flags = 0;
  int fmt = 0;
  bool is_opened = false;
  bool write_mode = false;
  std::vector<char> buffer;
};
FileStorage::FileStorage() : state(0), p(std::make_shared<Impl>()) {}
FileStorage::FileStorage(const std::string &filename, int flags) : FileStorage() { open(filename, flags); }
FileStorage::~FileStorage() {}
bool FileStorage::open(const std::string &filename, int flags) {
  p->filename = filename; p->flags = flags; p->write_mode = (flags & 3) != READ;
  p->fmt = filename.size() > 5 && filename.compare(filename.size() - 5, 5, ".json") == 0 ? 2 : 1;
  if (p->write_mode) p->buffer.reserve(1024);
  p->is_opened = !filename.empty(); state = p->is_opened ? 1 : 0; return p->is_opened;
}
bool FileStorage::isOpened() const { return p && p->is_opened; }
void FileStorage::release() { p->buffer.clear(); p->is_opened = false; state = 0; }
}
