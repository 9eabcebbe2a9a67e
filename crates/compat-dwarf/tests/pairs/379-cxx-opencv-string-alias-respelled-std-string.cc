// expect: none
// why: Since OpenCV 4, cv::String is a typedef of std::string; a later cleanup spells std::string directly in
// why: cv::Algorithm's save(const String &), getDefaultName() and its name member. A typedef does not enter
// why: mangled names (_ZNK2cv9Algorithm4saveERKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE stays),
// why: and the member, the class's layout and its vtable are the same: the two versions denote the same types.
// abidiff: 0 agree
//--- v1/core.hpp
#include <string>
namespace cv {
typedef std::string String;
class Algorithm {
public:
  Algorithm();
  virtual ~Algorithm();
  virtual void clear() {}
  virtual void save(const String &filename) const;
  virtual String getDefaultName() const;
  virtual bool empty() const { return false; }
protected:
  String m_name;
};
}
//--- v2/core.hpp
#include <string>
namespace cv {
typedef std::string String;
class Algorithm {
public:
  Algorithm();
  virtual ~Algorithm();
  virtual void clear() {}
  virtual void save(const std::string &filename) const;
  virtual std::string getDefaultName() const;
  virtual bool empty() const { return false; }
protected:
  std::string m_name;
};
}
//--- v1
#include <cstdio>
#include "core.hpp"
namespace cv {
Algorithm::Algorithm() : m_name("my_object") {}
Algorithm::~Algorithm() {}
void Algorithm::save(const String &filename) const { if (std::FILE *f = std::fopen(filename.c_str(), "w")) { std::fprintf(f, "%s: {}\n", getDefaultName().c_str()); std::fclose(f); } }
String Algorithm::getDefaultName() const { return String("opencv_") + m_name; }
}
//--- v2
#include <cstdio>
#include "core.hpp"
namespace cv {
Algorithm::Algorithm() : m_name("my_object") {}
Algorithm::~Algorithm() {}
void Algorithm::save(const std::string &filename) const { if (std::FILE *f = std::fopen(filename.c_str(), "w")) { std::fprintf(f, "%s: {}\n", getDefaultName().c_str()); std::fclose(f); } }
std::string Algorithm::getDefaultName() const { return std::string("opencv_") + m_name; }
}
