// expect: breaking
// why: TagLib::Tag is an abstract class the library's formats implement and FileRef::tag() hands out; consumers call
// why: tag->title() and friends through its vtable. TagLib 2.0 inserts complex-property virtuals (here
// why: complexPropertyKeys() and setComplexProperties()) after setProperties(), ahead of the accessors: title moves
// why: from vtable slot 4 to 6, artist from 5 to 7, year from 7 to 9, setTitle from 8 to 10. Old binaries calling
// why: tag->title() through slot 4 now call complexPropertyKeys(), and consumer classes derived from Tag override
// why: the wrong slots (as in 75).
// abidiff: 12 agree
//--- v1/tag.h
#include <map>
#include <string>
namespace TagLib {
typedef std::map<std::string, std::string> PropertyMap;
class Tag {
public:
  virtual ~Tag();
  virtual PropertyMap properties() const;
  virtual PropertyMap setProperties(const PropertyMap &properties);
  virtual std::string title() const = 0;
  virtual std::string artist() const = 0;
  virtual std::string album() const = 0;
  virtual unsigned int year() const = 0;
  virtual void setTitle(const std::string &s) = 0;
  virtual bool isEmpty() const;
protected:
  Tag();
};
class FileRef {
public:
  explicit FileRef(const char *fileName);
  ~FileRef();
  Tag *tag() const;
  bool isNull() const;
private:
  Tag *d;
};
}
//--- v2/tag.h
#include <map>
#include <string>
#include <vector>
namespace TagLib {
typedef std::map<std::string, std::string> PropertyMap;
class Tag {
public:
  virtual ~Tag();
  virtual PropertyMap properties() const;
  virtual PropertyMap setProperties(const PropertyMap &properties);
  virtual std::vector<std::string> complexPropertyKeys() const;
  virtual bool setComplexProperties(const std::string &key, const std::vector<PropertyMap> &value);
  virtual std::string title() const = 0;
  virtual std::string artist() const = 0;
  virtual std::string album() const = 0;
  virtual unsigned int year() const = 0;
  virtual void setTitle(const std::string &s) = 0;
  virtual bool isEmpty() const;
protected:
  Tag();
};
class FileRef {
public:
  explicit FileRef(const char *fileName);
  ~FileRef();
  Tag *tag() const;
  bool isNull() const;
private:
  Tag *d;
};
}
//--- v1
#include "tag.h"
namespace TagLib {
Tag::Tag() {}
Tag::~Tag() {}
PropertyMap Tag::properties() const { PropertyMap m; m["TITLE"] = title(); m["ARTIST"] = artist(); return m; }
PropertyMap Tag::setProperties(const PropertyMap &properties) { auto it = properties.find("TITLE"); if (it != properties.end()) setTitle(it->second); return PropertyMap(); }
bool Tag::isEmpty() const { return title().empty() && artist().empty() && album().empty() && year() == 0; }
namespace {
class ID3v2Tag : public Tag {
public:
  std::string title() const override { return t; }
  std::string artist() const override { return "Unknown Artist"; }
  std::string album() const override { return ""; }
  unsigned int year() const override { return 0; }
  void setTitle(const std::string &s) override { t = s; }
private:
  std::string t;
};
}
FileRef::FileRef(const char *fileName) : d(new ID3v2Tag) { d->setTitle(fileName); }
FileRef::~FileRef() { delete d; }
Tag *FileRef::tag() const { return d; }
bool FileRef::isNull() const { return !d; }
}
//--- v2
#include "tag.h"
namespace TagLib {
Tag::Tag() {}
Tag::~Tag() {}
PropertyMap Tag::properties() const { PropertyMap m; m["TITLE"] = title(); m["ARTIST"] = artist(); return m; }
PropertyMap Tag::setProperties(const PropertyMap &properties) { auto it = properties.find("TITLE"); if (it != properties.end()) setTitle(it->second); return PropertyMap(); }
std::vector<std::string> Tag::complexPropertyKeys() const { return {}; }
bool Tag::setComplexProperties(const std::string &, const std::vector<PropertyMap> &) { return false; }
bool Tag::isEmpty() const { return title().empty() && artist().empty() && album().empty() && year() == 0; }
namespace {
class ID3v2Tag : public Tag {
public:
  std::string title() const override { return t; }
  std::string artist() const override { return "Unknown Artist"; }
  std::string album() const override { return ""; }
  unsigned int year() const override { return 0; }
  void setTitle(const std::string &s) override { t = s; }
private:
  std::string t;
};
}
FileRef::FileRef(const char *fileName) : d(new ID3v2Tag) { d->setTitle(fileName); }
FileRef::~FileRef() { delete d; }
Tag *FileRef::tag() const { return d; }
bool FileRef::isNull() const { return !d; }
}
