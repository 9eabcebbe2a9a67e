// expect: breaking
// why: list_devices fills a std::vector<Device> the caller owns; Device's name grows from char[32] to char[64]
// why: (36 to 68 bytes). The symbol is unchanged, but consumers index, copy and destroy the elements with the
// why: old 36-byte stride compiled into their inline vector code.
// abidiff: 4 agree
//--- v1/dev.h
#include <vector>
struct Device { int id; char name[32]; };
int list_devices(std::vector<Device> &out);
//--- v2/dev.h
#include <vector>
struct Device { int id; char name[64]; };
int list_devices(std::vector<Device> &out);
//--- lib.cc
#include "dev.h"
int list_devices(std::vector<Device> &out) { Device d{}; d.id = 1; d.name[0] = 'a'; out.push_back(d); return (int)out.size(); }
