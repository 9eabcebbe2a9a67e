// expect: breaking
// why: struct Query is caller-allocated (run_query takes it by const reference) and consumers build its members
// why: inline; columns changes from std::list<int> to std::vector<int>: both 24 bytes, so no offset moves,
// why: but the library walks a list node chain as a vector's begin/end/capacity pointers.
// abidiff: 4 agree
//--- v1/query.h
#include <list>
#include <string>
struct Query { std::string table; std::list<int> columns; int limit; };
int run_query(const Query &q);
//--- v2/query.h
#include <string>
#include <vector>
struct Query { std::string table; std::vector<int> columns; int limit; };
int run_query(const Query &q);
//--- lib.cc
#include "query.h"
int run_query(const Query &q) { int s = 0; for (int c : q.columns) s += c; return (int)q.table.size() + s + q.limit; }
