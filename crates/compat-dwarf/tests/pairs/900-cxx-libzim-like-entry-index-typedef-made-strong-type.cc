// expect: breaking
// why: zim::entry_index_type was a typedef of uint32_t; v2 makes it a distinct class wrapping the uint32_t (a strong
// why: index type) so entry and cluster indices cannot be mixed. The class is trivially copyable and travels in the same
// why: register, but it is part of the mangled names: Archive::getEntryPath(unsigned int) becomes
// why: getEntryPath(zim::entry_index_type) and hasEntryAt likewise, so old consumers' references to the unsigned int
// why: symbols no longer resolve.
// abidiff: 12 agree
//--- v1/zim.h
#include <cstdint>
namespace zim {
typedef uint32_t entry_index_type;
}
//--- v2/zim.h
#include <cstdint>
namespace zim {
class entry_index_type {
public:
    constexpr entry_index_type() : v_(0) {}
    constexpr explicit entry_index_type(uint32_t v) : v_(v) {}
    constexpr explicit operator uint32_t() const { return v_; }
private:
    uint32_t v_;
};
}
//--- archive.h
#include <memory>
#include <string>
#include "zim.h"
namespace zim {
struct FileImpl;
class Archive {
public:
    explicit Archive(const std::string &fname);
    entry_index_type getEntryCount() const;
    std::string getEntryPath(entry_index_type idx) const;
    bool hasEntryAt(entry_index_type idx) const;
private:
    std::shared_ptr<FileImpl> m_impl;
};
}
//--- v1
#include "archive.h"
namespace zim {
struct FileImpl { std::string fname; uint32_t count; };
Archive::Archive(const std::string &fname) : m_impl(std::make_shared<FileImpl>(FileImpl{fname, static_cast<uint32_t>(fname.size() * 7)})) {}
entry_index_type Archive::getEntryCount() const { return m_impl->count; }
std::string Archive::getEntryPath(entry_index_type idx) const { return idx < m_impl->count ? "A/entry" + std::to_string(idx) : std::string(); }
bool Archive::hasEntryAt(entry_index_type idx) const { return idx < m_impl->count; }
}
//--- v2
#include "archive.h"
namespace zim {
struct FileImpl { std::string fname; uint32_t count; };
Archive::Archive(const std::string &fname) : m_impl(std::make_shared<FileImpl>(FileImpl{fname, static_cast<uint32_t>(fname.size() * 7)})) {}
entry_index_type Archive::getEntryCount() const { return entry_index_type(m_impl->count); }
std::string Archive::getEntryPath(entry_index_type idx) const { uint32_t i = static_cast<uint32_t>(idx); return i < m_impl->count ? "A/entry" + std::to_string(i) : std::string(); }
bool Archive::hasEntryAt(entry_index_type idx) const { return static_cast<uint32_t>(idx) < m_impl->count; }
}
