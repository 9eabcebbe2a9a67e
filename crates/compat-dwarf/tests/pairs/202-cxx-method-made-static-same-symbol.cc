// expect: breaking
// why: Parser::parse becomes a static member function. Its mangled name _ZN6Parser5parseEPKc does not change
// why: (the Itanium ABI does not encode static), but it no longer takes this: old callers pass this in %rdi and
// why: the text in %rsi, and the library now reads the text from %rdi.
// abidiff: 4 agree
//--- v1/parser.h
class Parser { public: Parser(); int parse(const char *text); private: int depth_; };
//--- v2/parser.h
class Parser { public: Parser(); static int parse(const char *text); private: int depth_; };
//--- v1
#include "parser.h"
Parser::Parser() : depth_(0) {}
int Parser::parse(const char *text) { int n = 0; while (text && text[n]) n++; return n + depth_; }
//--- v2
#include "parser.h"
Parser::Parser() : depth_(0) {}
int Parser::parse(const char *text) { int n = 0; while (text && text[n]) n++; return n; }
