// expect: none
// why: Panda3D's numeric_types.h defined typedef unsigned int PN_uint32 and typedef long PN_int64 by hand; v2 takes
// why: them from <cstdint> (uint32_t, int64_t). On x86-64 those are unsigned int and long: Datagram's members and the
// why: mangled names of add_uint32(PN_uint32) and add_int64(PN_int64) (j and l) are the same, and every type denotes what it did.
// abidiff: 0 agree
//--- v1/numeric_types.h
typedef unsigned int PN_uint32;
typedef long PN_int64;
//--- v2/numeric_types.h
#include <cstdint>
typedef uint32_t PN_uint32;
typedef int64_t PN_int64;
//--- datagram.h
#include <string>
#include "numeric_types.h"
class Datagram {
public:
    Datagram();
    ~Datagram();
    void add_uint32(PN_uint32 value);
    void add_int64(PN_int64 value);
    PN_uint32 get_uint32(std::size_t offset) const;
    PN_int64 get_int64(std::size_t offset) const;
    std::size_t get_length() const { return _data.size(); }
private:
    std::string _data;
    PN_uint32 _checksum;
};
//--- v1
#include <cstring>
#include "datagram.h"
Datagram::Datagram() : _checksum(0) {}
Datagram::~Datagram() {}
void Datagram::add_uint32(PN_uint32 value) { _data.append(reinterpret_cast<const char *>(&value), sizeof value); _checksum += value; }
void Datagram::add_int64(PN_int64 value) { _data.append(reinterpret_cast<const char *>(&value), sizeof value); _checksum += (PN_uint32)value; }
PN_uint32 Datagram::get_uint32(std::size_t offset) const { PN_uint32 v = 0; if (offset + sizeof v <= _data.size()) std::memcpy(&v, _data.data() + offset, sizeof v); return v; }
PN_int64 Datagram::get_int64(std::size_t offset) const { PN_int64 v = 0; if (offset + sizeof v <= _data.size()) std::memcpy(&v, _data.data() + offset, sizeof v); return v; }
//--- v2
#include <cstring>
#include "datagram.h"
Datagram::Datagram() : _checksum(0) {}
Datagram::~Datagram() {}
void Datagram::add_uint32(PN_uint32 value) { _data.append(reinterpret_cast<const char *>(&value), sizeof value); _checksum += value; }
void Datagram::add_int64(PN_int64 value) { _data.append(reinterpret_cast<const char *>(&value), sizeof value); _checksum += (PN_uint32)value; }
PN_uint32 Datagram::get_uint32(std::size_t offset) const { PN_uint32 v = 0; if (offset + sizeof v <= _data.size()) std::memcpy(&v, _data.data() + offset, sizeof v); return v; }
PN_int64 Datagram::get_int64(std::size_t offset) const { PN_int64 v = 0; if (offset + sizeof v <= _data.size()) std::memcpy(&v, _data.data() + offset, sizeof v); return v; }
