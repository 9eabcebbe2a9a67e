// expect: breaking
// why: OpenFst 1.8 replaces its own typedef long long int64 by int64_t, which is long on x86-64. The values keep
// why: their size and registers, but C++ mangles the type behind the typedef: SymbolTable::AddSymbol(const
// why: std::string &, long long) becomes AddSymbol(..., long), Find(long long) becomes Find(long), and so on. Every
// why: function taking an int64 gets a new symbol and the old ones disappear, so consumers built against v1 fail to
// why: load. (The exported flag FLAGS_fst_default_cache_gc_limit keeps its name and 8 bytes.)
// abidiff: 12 agree
//--- v1/symbol-table.h
#include <map>
#include <string>
typedef long long int64;
extern int64 FLAGS_fst_default_cache_gc_limit;
namespace fst {
class SymbolTable {
public:
    SymbolTable();
    ~SymbolTable();
    int64 AddSymbol(const std::string &symbol, int64 key);
    int64 AddSymbol(const std::string &symbol);
    std::string Find(int64 key) const;
    int64 Find(const std::string &symbol) const;
    int64 NumSymbols() const;
private:
    std::map<std::string, int64> sym_to_key_;
    std::map<int64, std::string> key_to_sym_;
    int64 available_key_;
};
}
//--- v2/symbol-table.h
#include <cstdint>
#include <map>
#include <string>
typedef int64_t int64;
extern int64 FLAGS_fst_default_cache_gc_limit;
namespace fst {
class SymbolTable {
public:
    SymbolTable();
    ~SymbolTable();
    int64 AddSymbol(const std::string &symbol, int64 key);
    int64 AddSymbol(const std::string &symbol);
    std::string Find(int64 key) const;
    int64 Find(const std::string &symbol) const;
    int64 NumSymbols() const;
private:
    std::map<std::string, int64> sym_to_key_;
    std::map<int64, std::string> key_to_sym_;
    int64 available_key_;
};
}
//--- lib.cc
#include "symbol-table.h"
int64 FLAGS_fst_default_cache_gc_limit = 1 << 20;
namespace fst {
SymbolTable::SymbolTable() : available_key_(0) {}
SymbolTable::~SymbolTable() {}
int64 SymbolTable::AddSymbol(const std::string &symbol, int64 key) {
    auto it = sym_to_key_.find(symbol);
    if (it != sym_to_key_.end()) return it->second;
    sym_to_key_[symbol] = key; key_to_sym_[key] = symbol;
    if (key >= available_key_) available_key_ = key + 1;
    return key;
}
int64 SymbolTable::AddSymbol(const std::string &symbol) { return AddSymbol(symbol, available_key_); }
std::string SymbolTable::Find(int64 key) const { auto it = key_to_sym_.find(key); return it == key_to_sym_.end() ? std::string() : it->second; }
int64 SymbolTable::Find(const std::string &symbol) const { auto it = sym_to_key_.find(symbol); return it == sym_to_key_.end() ? -1 : it->second; }
int64 SymbolTable::NumSymbols() const { return static_cast<int64>(sym_to_key_.size()); }
}
