// expect: none
// why: Lucene++ declares typedef std::wstring String and v1 spells every parameter, result and member with it; v2's
// why: headers write std::wstring directly in Field and Document. A typedef is the type it names: the same members
// why: at the same offsets, the same mangled names (typedefs are not mangled), the same calling convention.
// abidiff: 0 agree
//--- v1/Document.h
#include <string>
#include <vector>
namespace Lucene {
typedef std::wstring String;
class Field {
public:
    Field(const String &name, const String &value, int flags);
    virtual ~Field();
    String name() const;
    String stringValue() const;
    void setValue(const String &value);
private:
    String _name;
    String _value;
    int _flags;
};
class Document {
public:
    Document();
    virtual ~Document();
    void add(const Field &field);
    String get(const String &name) const;
    void removeFields(const String &name);
private:
    std::vector<Field> fields;
    double boost;
};
}
//--- v2/Document.h
#include <string>
#include <vector>
namespace Lucene {
typedef std::wstring String;
class Field {
public:
    Field(const std::wstring &name, const std::wstring &value, int flags);
    virtual ~Field();
    std::wstring name() const;
    std::wstring stringValue() const;
    void setValue(const std::wstring &value);
private:
    std::wstring _name;
    std::wstring _value;
    int _flags;
};
class Document {
public:
    Document();
    virtual ~Document();
    void add(const Field &field);
    std::wstring get(const std::wstring &name) const;
    void removeFields(const std::wstring &name);
private:
    std::vector<Field> fields;
    double boost;
};
}
//--- lib.cc
#include <algorithm>
#include "Document.h"
namespace Lucene {
Field::Field(const String &name, const String &value, int flags) : _name(name), _value(value), _flags(flags) {}
Field::~Field() {}
String Field::name() const { return _name; }
String Field::stringValue() const { return _value; }
void Field::setValue(const String &value) { _value = value; }
Document::Document() : boost(1.0) {}
Document::~Document() {}
void Document::add(const Field &field) { fields.push_back(field); }
String Document::get(const String &name) const {
    for (const Field &f : fields) if (f.name() == name) return f.stringValue();
    return String();
}
void Document::removeFields(const String &name) {
    fields.erase(std::remove_if(fields.begin(), fields.end(), [&](const Field &f) { return f.name() == name; }), fields.end());
}
}
