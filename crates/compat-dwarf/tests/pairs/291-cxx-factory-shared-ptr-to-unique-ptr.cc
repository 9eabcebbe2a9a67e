// expect: breaking
// why: make_parser returns std::unique_ptr<Parser> instead of std::shared_ptr<Parser>. Return types are not
// why: mangled, so the symbol _Z11make_parserPKc is unchanged, but old callers give a 16-byte slot for a
// why: shared_ptr and then read its control-block pointer, which the library never writes, and release it.
// abidiff: 12 agree
//--- v1/parser.h
#include <memory>
class Parser {
public:
  explicit Parser(const char *grammar);
  ~Parser();
  int parse(const char *text) const;
private:
  const char *grammar_;
};
std::shared_ptr<Parser> make_parser(const char *grammar);
//--- v2/parser.h
#include <memory>
class Parser {
public:
  explicit Parser(const char *grammar);
  ~Parser();
  int parse(const char *text) const;
private:
  const char *grammar_;
};
std::unique_ptr<Parser> make_parser(const char *grammar);
//--- v1
#include <cstring>
#include "parser.h"
Parser::Parser(const char *grammar) : grammar_(grammar) {}
Parser::~Parser() {}
int Parser::parse(const char *text) const { return text && grammar_ ? (int)std::strlen(text) : -1; }
std::shared_ptr<Parser> make_parser(const char *grammar) { return std::make_shared<Parser>(grammar); }
//--- v2
#include <cstring>
#include "parser.h"
Parser::Parser(const char *grammar) : grammar_(grammar) {}
Parser::~Parser() {}
int Parser::parse(const char *text) const { return text && grammar_ ? (int)std::strlen(text) : -1; }
std::unique_ptr<Parser> make_parser(const char *grammar) { return std::make_unique<Parser>(grammar); }
