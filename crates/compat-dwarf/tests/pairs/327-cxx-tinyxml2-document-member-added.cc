// expect: breaking
// why: tinyxml2::XMLDocument is constructed by consumers (XMLDocument doc; doc.Parse(xml);) through its exported
// why: constructor, and its member functions are exported. v2 (tinyxml2 8.0) adds int _parsingDepth after
// why: _errorLineNum: the object grows, so old consumers' stack objects are too small for the library's constructor.
// abidiff: 4 agree
//--- v1/tinyxml2.h
namespace tinyxml2 {
enum XMLError { XML_SUCCESS = 0, XML_ERROR_EMPTY_DOCUMENT = 13 };
class XMLDocument {
public:
  XMLDocument(bool processEntities = true);
  XMLError Parse(const char *xml, unsigned long nBytes = (unsigned long)-1);
  int ErrorLineNum() const { return _errorLineNum; }
private:
  bool _writeBOM;
  bool _processEntities;
  XMLError _errorID;
  int _errorLineNum;
  char *_charBuffer;
};
}
//--- v2/tinyxml2.h
namespace tinyxml2 {
enum XMLError { XML_SUCCESS = 0, XML_ERROR_EMPTY_DOCUMENT = 13 };
class XMLDocument {
public:
  XMLDocument(bool processEntities = true);
  XMLError Parse(const char *xml, unsigned long nBytes = (unsigned long)-1);
  int ErrorLineNum() const { return _errorLineNum; }
private:
  bool _writeBOM;
  bool _processEntities;
  XMLError _errorID;
  int _errorLineNum;
  char *_charBuffer;
  int _parsingDepth;
};
}
//--- v1
#include "tinyxml2.h"
namespace tinyxml2 {
XMLDocument::XMLDocument(bool processEntities) : _writeBOM(false), _processEntities(processEntities), _errorID(XML_SUCCESS), _errorLineNum(0), _charBuffer(nullptr) {}
XMLError XMLDocument::Parse(const char *xml, unsigned long nBytes) {
  _errorID = (!xml || !nBytes || !*xml) ? XML_ERROR_EMPTY_DOCUMENT : XML_SUCCESS;
  _errorLineNum = _errorID ? 1 : 0;
  return _errorID;
}
}
//--- v2
#include "tinyxml2.h"
namespace tinyxml2 {
XMLDocument::XMLDocument(bool processEntities) : _writeBOM(false), _processEntities(processEntities), _errorID(XML_SUCCESS), _errorLineNum(0), _charBuffer(nullptr), _parsingDepth(0) {}
XMLError XMLDocument::Parse(const char *xml, unsigned long nBytes) {
  _parsingDepth = 0;
  _errorID = (!xml || !nBytes || !*xml) ? XML_ERROR_EMPTY_DOCUMENT : XML_SUCCESS;
  _errorLineNum = _errorID ? 1 : 0;
  return _errorID;
}
}
