// expect: info
// why: Expat's XML_Size typedef is switched from unsigned long to unsigned long long (XML_LARGE_SIZE) for
// why: xml_line_number's result and the by-value struct xml_pos: both are 8-byte unsigned integers returned in
// why: %rax on x86-64 and C symbols carry no types, so binaries are unaffected; the spelled type changed.
// abidiff: 4 disagree: abidiff reports unsigned long changed to unsigned long long; both are 8-byte unsigned integers in %rax on x86-64 and C symbols carry no types (as in 126).
//--- v1/expat.h
typedef unsigned long XML_Size;
struct xml_pos { XML_Size line; XML_Size column; };
typedef struct xml_parser *XML_Parser;
XML_Size xml_line_number(XML_Parser p);
struct xml_pos xml_position(XML_Parser p);
//--- v2/expat.h
typedef unsigned long long XML_Size;
struct xml_pos { XML_Size line; XML_Size column; };
typedef struct xml_parser *XML_Parser;
XML_Size xml_line_number(XML_Parser p);
struct xml_pos xml_position(XML_Parser p);
//--- lib.c
#include "expat.h"
struct xml_parser { XML_Size line, column; };
XML_Size xml_line_number(XML_Parser p) { return p->line; }
struct xml_pos xml_position(XML_Parser p) { struct xml_pos r = { p->line, p->column }; return r; }
