// expect: info
// why: PROJ's C++ classes keep their state behind PROJ_OPAQUE_PRIVATE_DATA, a std::unique_ptr<Private> to a struct
// why: only forward-declared in the header and defined in the library's source. A PROJ release adds caches to
// why: io::DatabaseContext::Private (the authority list and a map of looked-up names): Private grows and its
// why: members move, but DatabaseContext keeps its single 8-byte pointer, its size, its exported members and their
// why: mangled names; consumers only hold the std::shared_ptr that create returns (as in 74 and 136).
// abidiff: 4 disagree: abidiff reports DatabaseContext::Private changed and four std::map and std::list instantiations added; Private is defined only in the library's source and reached through the unique_ptr d, so DatabaseContext is unchanged, and added symbols are compatible (as in 74).
//--- io.hpp
#include <list>
#include <memory>
#include <string>
namespace osgeo {
namespace proj {
namespace io {
class DatabaseContext {
public:
  ~DatabaseContext();
  static std::shared_ptr<DatabaseContext> create(const std::string &databasePath = std::string());
  const std::string &getPath() const;
  std::list<std::string> getAuthorities() const;
  bool lookForGridAlternative(const std::string &officialName, std::string &projFilename) const;
private:
  struct Private;
  std::unique_ptr<Private> d;
  DatabaseContext();
};
}
}
}
//--- v1
#include "io.hpp"
namespace osgeo {
namespace proj {
namespace io {
struct DatabaseContext::Private {
  std::string path_;
  void *sqlite_handle_ = nullptr;
  bool close_handle_ = false;
};
DatabaseContext::DatabaseContext() : d(new Private()) {}
DatabaseContext::~DatabaseContext() = default;
std::shared_ptr<DatabaseContext> DatabaseContext::create(const std::string &databasePath) {
  std::shared_ptr<DatabaseContext> ctx(new DatabaseContext());
  ctx->d->path_ = databasePath.empty() ? "/usr/share/proj/proj.db" : databasePath;
  return ctx;
}
const std::string &DatabaseContext::getPath() const { return d->path_; }
std::list<std::string> DatabaseContext::getAuthorities() const { return {"EPSG", "ESRI", "IGNF", "PROJ"}; }
bool DatabaseContext::lookForGridAlternative(const std::string &officialName, std::string &projFilename) const {
  if (officialName.size() < 4 || officialName.compare(officialName.size() - 4, 4, ".gsb")) return false;
  projFilename = officialName.substr(0, officialName.size() - 4) + ".tif";
  return true;
}
}
}
}
//--- v2
#include <map>
#include "io.hpp"
namespace osgeo {
namespace proj {
namespace io {
struct DatabaseContext::Private {
  std::string path_;
  std::list<std::string> cacheAuthorities_;
  void *sqlite_handle_ = nullptr;
  std::map<std::string, std::string> cacheGridAlternatives_;
  bool close_handle_ = false;
};
DatabaseContext::DatabaseContext() : d(new Private()) {}
DatabaseContext::~DatabaseContext() = default;
std::shared_ptr<DatabaseContext> DatabaseContext::create(const std::string &databasePath) {
  std::shared_ptr<DatabaseContext> ctx(new DatabaseContext());
  ctx->d->path_ = databasePath.empty() ? "/usr/share/proj/proj.db" : databasePath;
  return ctx;
}
const std::string &DatabaseContext::getPath() const { return d->path_; }
std::list<std::string> DatabaseContext::getAuthorities() const {
  if (d->cacheAuthorities_.empty()) d->cacheAuthorities_ = {"EPSG", "ESRI", "IGNF", "PROJ"};
  return d->cacheAuthorities_;
}
bool DatabaseContext::lookForGridAlternative(const std::string &officialName, std::string &projFilename) const {
  auto it = d->cacheGridAlternatives_.find(officialName);
  if (it != d->cacheGridAlternatives_.end()) { projFilename = it->second; return true; }
  if (officialName.size() < 4 || officialName.compare(officialName.size() - 4, 4, ".gsb")) return false;
  projFilename = officialName.substr(0, officialName.size() - 4) + ".tif";
  d->cacheGridAlternatives_[officialName] = projFilename;
  return true;
}
}
}
}
