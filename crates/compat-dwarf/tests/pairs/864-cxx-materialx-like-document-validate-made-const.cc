// expect: breaking
// why: MaterialX 1.38 makes Document::validate(std::string *message) a const member function. The implicit object
// why: parameter becomes const Document *, which is part of the mangled name: _ZN8MaterialX8Document8validate... becomes
// why: _ZNK8MaterialX8Document8validate..., so the symbol old binaries import is gone (as in the method made const of round 16).
// abidiff: 12 agree
//--- v1/Document.h
#include <string>
#include <vector>
namespace MaterialX {
class Document {
public:
    Document();
    ~Document();
    void addNodeGraph(const std::string &name);
    bool validate(std::string *message = nullptr);
private:
    std::vector<std::string> _nodeGraphs;
};
}
//--- v2/Document.h
#include <string>
#include <vector>
namespace MaterialX {
class Document {
public:
    Document();
    ~Document();
    void addNodeGraph(const std::string &name);
    bool validate(std::string *message = nullptr) const;
private:
    std::vector<std::string> _nodeGraphs;
};
}
//--- v1
#include "Document.h"
namespace MaterialX {
Document::Document() {}
Document::~Document() {}
void Document::addNodeGraph(const std::string &name) { _nodeGraphs.push_back(name); }
bool Document::validate(std::string *message) { for (const std::string &g : _nodeGraphs) if (g.empty()) { if (message) *message += "Node graph has no name\n"; return false; } return true; }
}
//--- v2
#include "Document.h"
namespace MaterialX {
Document::Document() {}
Document::~Document() {}
void Document::addNodeGraph(const std::string &name) { _nodeGraphs.push_back(name); }
bool Document::validate(std::string *message) const { for (const std::string &g : _nodeGraphs) if (g.empty()) { if (message) *message += "Node graph has no name\n"; return false; } return true; }
}
