// expect: breaking
// why: xmlpp::SaxParser is meant to be derived from: applications override its protected on_* virtuals and call
// why: parse_memory, which calls them through the vtable. v2 appends the virtual on_internal_subset and calls it when
// why: the document has a DOCTYPE: a parser class compiled against v1 has no such slot, so v2 reads a pointer past the
// why: end of the old vtable (or, in a class that added its own virtuals, calls the first of them with the wrong
// why: arguments).
// abidiff: 12 agree
//--- v1/saxparser.h
#include <string>
#include <vector>
namespace xmlpp {
using ustring = std::string;
class SaxParser {
public:
    struct Attribute { ustring name; ustring value; };
    using AttributeList = std::vector<Attribute>;
    explicit SaxParser(bool use_get_entity = false);
    virtual ~SaxParser();
    void parse_memory(const ustring &contents);
protected:
    virtual void on_start_document();
    virtual void on_end_document();
    virtual void on_start_element(const ustring &name, const AttributeList &attributes);
    virtual void on_end_element(const ustring &name);
    virtual void on_characters(const ustring &characters);
    virtual void on_comment(const ustring &text);
    virtual void on_warning(const ustring &text);
    virtual void on_error(const ustring &text);
private:
    bool use_get_entity_;
    int depth_;
};
}
//--- v2/saxparser.h
#include <string>
#include <vector>
namespace xmlpp {
using ustring = std::string;
class SaxParser {
public:
    struct Attribute { ustring name; ustring value; };
    using AttributeList = std::vector<Attribute>;
    explicit SaxParser(bool use_get_entity = false);
    virtual ~SaxParser();
    void parse_memory(const ustring &contents);
protected:
    virtual void on_start_document();
    virtual void on_end_document();
    virtual void on_start_element(const ustring &name, const AttributeList &attributes);
    virtual void on_end_element(const ustring &name);
    virtual void on_characters(const ustring &characters);
    virtual void on_comment(const ustring &text);
    virtual void on_warning(const ustring &text);
    virtual void on_error(const ustring &text);
    virtual void on_internal_subset(const ustring &name, const ustring &publicId, const ustring &systemId);
private:
    bool use_get_entity_;
    int depth_;
};
}
//--- v1
#include "saxparser.h"
namespace xmlpp {
SaxParser::SaxParser(bool use_get_entity) : use_get_entity_(use_get_entity), depth_(0) {}
SaxParser::~SaxParser() {}
void SaxParser::on_start_document() {}
void SaxParser::on_end_document() {}
void SaxParser::on_start_element(const ustring &, const AttributeList &) { depth_++; }
void SaxParser::on_end_element(const ustring &) { depth_--; }
void SaxParser::on_characters(const ustring &) {}
void SaxParser::on_comment(const ustring &) {}
void SaxParser::on_warning(const ustring &) {}
void SaxParser::on_error(const ustring &) {}
void SaxParser::parse_memory(const ustring &contents) {
    on_start_document();
    std::size_t pos = 0;
    while ((pos = contents.find('<', pos)) != ustring::npos) {
        std::size_t end = contents.find('>', pos);
        if (end == ustring::npos) { on_error("unterminated tag"); break; }
        ustring tag = contents.substr(pos + 1, end - pos - 1);
        if (tag.compare(0, 3, "!--") == 0) on_comment(tag.substr(3, tag.size() > 5 ? tag.size() - 5 : 0));
        else if (tag[0] == '!') on_warning("declaration ignored: " + tag);
        else if (tag[0] == '/') on_end_element(tag.substr(1));
        else { on_start_element(tag, AttributeList()); std::size_t next = contents.find('<', end); if (next != ustring::npos && next > end + 1) on_characters(contents.substr(end + 1, next - end - 1)); }
        pos = end + 1;
    }
    on_end_document();
}
}
//--- v2
#include "saxparser.h"
namespace xmlpp {
SaxParser::SaxParser(bool use_get_entity) : use_get_entity_(use_get_entity), depth_(0) {}
SaxParser::~SaxParser() {}
void SaxParser::on_start_document() {}
void SaxParser::on_end_document() {}
void SaxParser::on_start_element(const ustring &, const AttributeList &) { depth_++; }
void SaxParser::on_end_element(const ustring &) { depth_--; }
void SaxParser::on_characters(const ustring &) {}
void SaxParser::on_comment(const ustring &) {}
void SaxParser::on_warning(const ustring &) {}
void SaxParser::on_error(const ustring &) {}
void SaxParser::on_internal_subset(const ustring &, const ustring &, const ustring &) {}
void SaxParser::parse_memory(const ustring &contents) {
    on_start_document();
    std::size_t pos = 0;
    while ((pos = contents.find('<', pos)) != ustring::npos) {
        std::size_t end = contents.find('>', pos);
        if (end == ustring::npos) { on_error("unterminated tag"); break; }
        ustring tag = contents.substr(pos + 1, end - pos - 1);
        if (tag.compare(0, 3, "!--") == 0) on_comment(tag.substr(3, tag.size() > 5 ? tag.size() - 5 : 0));
        else if (tag.compare(0, 8, "!DOCTYPE") == 0) { std::size_t sp = tag.find(' ', 9); on_internal_subset(tag.substr(9, sp == ustring::npos ? ustring::npos : sp - 9), "", ""); }
        else if (tag[0] == '!') on_warning("declaration ignored: " + tag);
        else if (tag[0] == '/') on_end_element(tag.substr(1));
        else { on_start_element(tag, AttributeList()); std::size_t next = contents.find('<', end); if (next != ustring::npos && next > end + 1) on_characters(contents.substr(end + 1, next - end - 1)); }
        pos = end + 1;
    }
    on_end_document();
}
}
