// expect: info
// why: Compiler::get_shader_resources returns ShaderResources by value, whose std::vector<Resource> members
// why: consumers iterate (for (auto &r : res.uniform_buffers) r.name ...). v2 inserts uint32_t binding into
// why: Resource before name. Corrected after compat ran (the expectation said breaking, with name moving from byte
// why: 16 to 24): binding takes bytes 12 to 16, the padding between base_type_id and the 8-aligned name, so name
// why: stays at byte 16 and the element at 48 bytes. The library fills these vectors and old consumers never read
// why: the new bytes: a member added in padding of a type the library hands out, info.
// abidiff: 4 disagree: abidiff reports the member inserted; it fills padding, so no offset or size an old consumer uses changes.
//--- v1/spirv_cross.hpp
#include <cstdint>
#include <string>
#include <vector>
namespace spirv_cross {
struct Resource { std::uint32_t id; std::uint32_t type_id; std::uint32_t base_type_id; std::string name; };
struct ShaderResources { std::vector<Resource> uniform_buffers; std::vector<Resource> sampled_images; };
class Compiler { public: explicit Compiler(std::vector<std::uint32_t> ir); ShaderResources get_shader_resources() const; private: std::vector<std::uint32_t> ir_; };
}
//--- v2/spirv_cross.hpp
#include <cstdint>
#include <string>
#include <vector>
namespace spirv_cross {
struct Resource { std::uint32_t id; std::uint32_t type_id; std::uint32_t base_type_id; std::uint32_t binding; std::string name; };
struct ShaderResources { std::vector<Resource> uniform_buffers; std::vector<Resource> sampled_images; };
class Compiler { public: explicit Compiler(std::vector<std::uint32_t> ir); ShaderResources get_shader_resources() const; private: std::vector<std::uint32_t> ir_; };
}
//--- v1
#include "spirv_cross.hpp"
namespace spirv_cross {
Compiler::Compiler(std::vector<std::uint32_t> ir) : ir_(std::move(ir)) {}
ShaderResources Compiler::get_shader_resources() const { ShaderResources r; for (std::uint32_t w : ir_) r.uniform_buffers.push_back(Resource{w, w, w, "ubo"}); return r; }
}
//--- v2
#include "spirv_cross.hpp"
namespace spirv_cross {
Compiler::Compiler(std::vector<std::uint32_t> ir) : ir_(std::move(ir)) {}
ShaderResources Compiler::get_shader_resources() const { ShaderResources r; for (std::uint32_t w : ir_) r.uniform_buffers.push_back(Resource{w, w, w, 0, "ubo"}); return r; }
}
