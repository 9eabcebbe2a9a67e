// expect: none
// why: osmium::object_id_type is an alias of std::int64_t (long on x86-64); v2 spells the member of the
// why: consumer-filled NodeRef and the parameters and results of the exported functions as std::int64_t and long
// why: directly, and adds an unused alias unsigned_object_id_type. Every type, layout and mangled name is the same.
// abidiff: 0 agree
//--- v1/types.hpp
#include <cstdint>
namespace osmium {
using object_id_type = std::int64_t;
struct Location { std::int32_t x; std::int32_t y; };
struct NodeRef { object_id_type ref; Location location; };
object_id_type positive_id(object_id_type id);
object_id_type max_ref(const NodeRef *refs, unsigned count);
}
//--- v2/types.hpp
#include <cstdint>
namespace osmium {
using object_id_type = std::int64_t;
using unsigned_object_id_type = std::uint64_t;
struct Location { std::int32_t x; std::int32_t y; };
struct NodeRef { std::int64_t ref; Location location; };
long positive_id(long id);
std::int64_t max_ref(const NodeRef *refs, unsigned count);
}
//--- v1
#include "types.hpp"
namespace osmium {
object_id_type positive_id(object_id_type id) { return id < 0 ? -id : id; }
object_id_type max_ref(const NodeRef *refs, unsigned count) { object_id_type m = 0; for (unsigned i = 0; i < count; i++) if (refs[i].ref > m) m = refs[i].ref; return m; }
}
//--- v2
#include "types.hpp"
namespace osmium {
long positive_id(long id) { return id < 0 ? -id : id; }
std::int64_t max_ref(const NodeRef *refs, unsigned count) { std::int64_t m = 0; for (unsigned i = 0; i < count; i++) if (refs[i].ref > m) m = refs[i].ref; return m; }
}
