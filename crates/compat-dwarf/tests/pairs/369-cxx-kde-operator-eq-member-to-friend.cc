// expect: breaking
// why: KPluginMetaData::operator== goes from a const member function to a friend function taking both operands
// why: (the KF6 style for symmetric comparisons), still defined in the library. The member's symbol
// why: _ZNK15KPluginMetaDataeqERKS_ is replaced by the free function _ZeqRK15KPluginMetaDataS1_: the same
// why: two pointers arrive in %rdi and %rsi, but binaries built against v1 reference the old name, which no
// why: longer resolves.
// abidiff: 12 agree
//--- v1/kpluginmetadata.h
#include <string>
class KPluginMetaData {
public:
  KPluginMetaData();
  explicit KPluginMetaData(const std::string &fileName);
  ~KPluginMetaData();
  bool operator==(const KPluginMetaData &other) const;
  std::string pluginId() const;
  bool isValid() const { return !m_fileName.empty(); }
private:
  std::string m_fileName;
  std::string m_pluginId;
};
//--- v2/kpluginmetadata.h
#include <string>
class KPluginMetaData {
public:
  KPluginMetaData();
  explicit KPluginMetaData(const std::string &fileName);
  ~KPluginMetaData();
  friend bool operator==(const KPluginMetaData &lhs, const KPluginMetaData &rhs);
  std::string pluginId() const;
  bool isValid() const { return !m_fileName.empty(); }
private:
  std::string m_fileName;
  std::string m_pluginId;
};
//--- v1
#include "kpluginmetadata.h"
KPluginMetaData::KPluginMetaData() {}
KPluginMetaData::KPluginMetaData(const std::string &fileName) : m_fileName(fileName) {
  std::string::size_type slash = fileName.rfind('/'), dot = fileName.rfind('.');
  std::string::size_type begin = slash == std::string::npos ? 0 : slash + 1;
  m_pluginId = fileName.substr(begin, dot == std::string::npos || dot < begin ? std::string::npos : dot - begin);
}
KPluginMetaData::~KPluginMetaData() {}
bool KPluginMetaData::operator==(const KPluginMetaData &other) const { return m_fileName == other.m_fileName && m_pluginId == other.m_pluginId; }
std::string KPluginMetaData::pluginId() const { return m_pluginId; }
//--- v2
#include "kpluginmetadata.h"
KPluginMetaData::KPluginMetaData() {}
KPluginMetaData::KPluginMetaData(const std::string &fileName) : m_fileName(fileName) {
  std::string::size_type slash = fileName.rfind('/'), dot = fileName.rfind('.');
  std::string::size_type begin = slash == std::string::npos ? 0 : slash + 1;
  m_pluginId = fileName.substr(begin, dot == std::string::npos || dot < begin ? std::string::npos : dot - begin);
}
KPluginMetaData::~KPluginMetaData() {}
bool operator==(const KPluginMetaData &lhs, const KPluginMetaData &rhs) { return lhs.m_fileName == rhs.m_fileName && lhs.m_pluginId == rhs.m_pluginId; }
std::string KPluginMetaData::pluginId() const { return m_pluginId; }
