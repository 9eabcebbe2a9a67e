// expect: info
// why: Parser, a class with exported members, gains a non-virtual member function reset(): a new symbol;
// why: the class layout, vtable (none) and existing symbols are unchanged.
// abidiff: 4 disagree: abidiff exits 4 for the added function Parser::reset alone; adding a symbol is compatible.
//--- v1/parser.h
class Parser { public: Parser(); int feed(const char *s); int line() const; private: int n; int ln; };
//--- v2/parser.h
class Parser { public: Parser(); int feed(const char *s); int line() const; void reset(); private: int n; int ln; };
//--- v1
#include "parser.h"
Parser::Parser() : n(0), ln(1) {}
int Parser::feed(const char *s) { for (; *s; s++) { n++; ln += *s == '\n'; } return n; }
int Parser::line() const { return ln; }
//--- v2
#include "parser.h"
Parser::Parser() : n(0), ln(1) {}
int Parser::feed(const char *s) { for (; *s; s++) { n++; ln += *s == '\n'; } return n; }
int Parser::line() const { return ln; }
void Parser::reset() { n = 0; ln = 1; }
