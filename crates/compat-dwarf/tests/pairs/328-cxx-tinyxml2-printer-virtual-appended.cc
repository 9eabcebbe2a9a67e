// expect: breaking
// why: tinyxml2::XMLPrinter has virtual functions and exported members, and consumers derive from it to customise
// why: output. v2 appends virtual void PrintSpace(int depth) and calls it: the vtable grows, so a consumer's
// why: derived class built against v1 has its own first new virtual (or nothing) in that slot, and the library
// why: calls the wrong function or reads past the end of the consumer's vtable.
// abidiff: 4 agree
//--- v1/printer.h
namespace tinyxml2 {
class XMLPrinter {
public:
  XMLPrinter(bool compact = false);
  virtual ~XMLPrinter();
  virtual bool VisitEnter(const char *name, int depth);
  virtual bool VisitExit(const char *name, int depth);
  int Size() const { return _size; }
protected:
  virtual void Write(const char *data, int size);
  bool _compactMode;
  int _size;
};
}
//--- v2/printer.h
namespace tinyxml2 {
class XMLPrinter {
public:
  XMLPrinter(bool compact = false);
  virtual ~XMLPrinter();
  virtual bool VisitEnter(const char *name, int depth);
  virtual bool VisitExit(const char *name, int depth);
  int Size() const { return _size; }
protected:
  virtual void Write(const char *data, int size);
  virtual void PrintSpace(int depth);
  bool _compactMode;
  int _size;
};
}
//--- v1
#include <cstring>
#include "printer.h"
namespace tinyxml2 {
XMLPrinter::XMLPrinter(bool compact) : _compactMode(compact), _size(0) {}
XMLPrinter::~XMLPrinter() {}
void XMLPrinter::Write(const char *data, int size) { (void)data; _size += size; }
bool XMLPrinter::VisitEnter(const char *name, int depth) { if (!_compactMode) for (int i = 0; i < depth; i++) Write("    ", 4); Write(name, (int)std::strlen(name)); return true; }
bool XMLPrinter::VisitExit(const char *name, int depth) { (void)depth; Write(name, (int)std::strlen(name)); return true; }
}
//--- v2
#include <cstring>
#include "printer.h"
namespace tinyxml2 {
XMLPrinter::XMLPrinter(bool compact) : _compactMode(compact), _size(0) {}
XMLPrinter::~XMLPrinter() {}
void XMLPrinter::Write(const char *data, int size) { (void)data; _size += size; }
void XMLPrinter::PrintSpace(int depth) { for (int i = 0; i < depth; i++) Write("    ", 4); }
bool XMLPrinter::VisitEnter(const char *name, int depth) { if (!_compactMode) PrintSpace(depth); Write(name, (int)std::strlen(name)); return true; }
bool XMLPrinter::VisitExit(const char *name, int depth) { (void)depth; Write(name, (int)std::strlen(name)); return true; }
}
