// expect: breaking
// why: leveldb 1.18 added virtual NewAppendableFile right after NewWritableFile in leveldb::Env: consumers call
// why: Env::Default()'s methods through the vtable, and every slot after NewWritableFile (FileExists,
// why: DeleteFile) moves down one, so old binaries calling FileExists now call NewAppendableFile. Consumers
// why: that subclass Env (EnvWrapper-style) also lose the slot order.
// abidiff: 12 agree
//--- v1/env.h
#include <string>
namespace leveldb {
class WritableFile { public: virtual ~WritableFile(); virtual int Append(const char *data, unsigned long n) = 0; };
class Env {
public:
  Env();
  virtual ~Env();
  static Env *Default();
  virtual int NewWritableFile(const std::string &fname, WritableFile **result) = 0;
  virtual bool FileExists(const std::string &fname) = 0;
  virtual int DeleteFile(const std::string &fname) = 0;
};
}
//--- v2/env.h
#include <string>
namespace leveldb {
class WritableFile { public: virtual ~WritableFile(); virtual int Append(const char *data, unsigned long n) = 0; };
class Env {
public:
  Env();
  virtual ~Env();
  static Env *Default();
  virtual int NewWritableFile(const std::string &fname, WritableFile **result) = 0;
  virtual int NewAppendableFile(const std::string &fname, WritableFile **result);
  virtual bool FileExists(const std::string &fname) = 0;
  virtual int DeleteFile(const std::string &fname) = 0;
};
}
//--- v1
#include <cstdio>
#include "env.h"
namespace leveldb {
WritableFile::~WritableFile() {}
Env::Env() {}
Env::~Env() {}
namespace {
class PosixFile : public WritableFile { public: int Append(const char *, unsigned long n) override { return (int)n; } };
class PosixEnv : public Env {
public:
  int NewWritableFile(const std::string &, WritableFile **result) override { *result = new PosixFile; return 0; }
  bool FileExists(const std::string &fname) override { std::FILE *f = std::fopen(fname.c_str(), "r"); if (f) std::fclose(f); return f != nullptr; }
  int DeleteFile(const std::string &fname) override { return std::remove(fname.c_str()); }
};
}
Env *Env::Default() { static PosixEnv env; return &env; }
}
//--- v2
#include <cstdio>
#include "env.h"
namespace leveldb {
WritableFile::~WritableFile() {}
Env::Env() {}
Env::~Env() {}
int Env::NewAppendableFile(const std::string &, WritableFile **result) { *result = nullptr; return -1; }
namespace {
class PosixFile : public WritableFile { public: int Append(const char *, unsigned long n) override { return (int)n; } };
class PosixEnv : public Env {
public:
  int NewWritableFile(const std::string &, WritableFile **result) override { *result = new PosixFile; return 0; }
  int NewAppendableFile(const std::string &, WritableFile **result) override { *result = new PosixFile; return 0; }
  bool FileExists(const std::string &fname) override { std::FILE *f = std::fopen(fname.c_str(), "r"); if (f) std::fclose(f); return f != nullptr; }
  int DeleteFile(const std::string &fname) override { return std::remove(fname.c_str()); }
};
}
Env *Env::Default() { static PosixEnv env; return &env; }
}
