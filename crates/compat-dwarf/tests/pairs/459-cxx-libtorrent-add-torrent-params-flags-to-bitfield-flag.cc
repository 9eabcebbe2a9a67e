// expect: info
// why: add_torrent_params is allocated and filled by the caller (lt::add_torrent_params p; p.save_path = "."; p.flags
// why: |= ...; ses.add_torrent(p)) and taken by const reference. libtorrent 1.2 makes its flags member type-safe:
// why: std::uint64_t becomes torrent_flags_t, a flags::bitfield_flag<std::uint64_t, torrent_flags_tag> wrapping one
// why: std::uint64_t. The wrapper is trivially copyable with the same size, alignment and bits, so flags stays at
// why: the same offset and the struct at the same size; session::add_torrent's mangled name only names
// why: add_torrent_params. Old binaries write the same bits where v2 reads them: a type replaced by another with the
// why: same representation (as in 298 and 211).
// abidiff: 4 disagree: abidiff reports the type of flags changed from unsigned long to torrent_flags_t; the wrapper holds the same 8-byte unsigned integer at the same offset, so the struct's layout and every symbol are unchanged (as in 211).
//--- v1/add_torrent_params.hpp
#include <cstdint>
#include <string>
#include <vector>
namespace libtorrent {
struct torrent_handle { void *m_torrent; };
struct add_torrent_params {
  int version;
  std::vector<std::string> trackers;
  std::string name;
  std::string save_path;
  std::uint64_t flags;
  int max_uploads;
  int max_connections;
  int upload_limit;
  int download_limit;
};
namespace torrent_flags {
constexpr std::uint64_t seed_mode = 1ULL << 0;
constexpr std::uint64_t upload_mode = 1ULL << 1;
constexpr std::uint64_t paused = 1ULL << 5;
constexpr std::uint64_t auto_managed = 1ULL << 6;
}
class session {
public:
  session();
  ~session();
  torrent_handle add_torrent(const add_torrent_params &params);
  int num_torrents() const;
private:
  std::vector<add_torrent_params> m_torrents;
};
}
//--- v2/add_torrent_params.hpp
#include <cstdint>
#include <string>
#include <vector>
namespace libtorrent {
namespace flags {
template <typename UnderlyingType, typename Tag> struct bitfield_flag {
  constexpr bitfield_flag() noexcept : m_val(0) {}
  explicit constexpr bitfield_flag(UnderlyingType v) noexcept : m_val(v) {}
  explicit constexpr operator bool() const noexcept { return m_val != 0; }
  constexpr bitfield_flag operator|(bitfield_flag f) const noexcept { return bitfield_flag(m_val | f.m_val); }
  constexpr bitfield_flag operator&(bitfield_flag f) const noexcept { return bitfield_flag(m_val & f.m_val); }
  bitfield_flag &operator|=(bitfield_flag f) noexcept { m_val |= f.m_val; return *this; }
private:
  UnderlyingType m_val;
};
}
struct torrent_flags_tag;
using torrent_flags_t = flags::bitfield_flag<std::uint64_t, torrent_flags_tag>;
struct torrent_handle { void *m_torrent; };
struct add_torrent_params {
  int version;
  std::vector<std::string> trackers;
  std::string name;
  std::string save_path;
  torrent_flags_t flags;
  int max_uploads;
  int max_connections;
  int upload_limit;
  int download_limit;
};
namespace torrent_flags {
constexpr torrent_flags_t seed_mode{1ULL << 0};
constexpr torrent_flags_t upload_mode{1ULL << 1};
constexpr torrent_flags_t paused{1ULL << 5};
constexpr torrent_flags_t auto_managed{1ULL << 6};
}
class session {
public:
  session();
  ~session();
  torrent_handle add_torrent(const add_torrent_params &params);
  int num_torrents() const;
private:
  std::vector<add_torrent_params> m_torrents;
};
}
//--- v1
#include "add_torrent_params.hpp"
namespace libtorrent {
session::session() {}
session::~session() {}
torrent_handle session::add_torrent(const add_torrent_params &params) {
  if (params.save_path.empty()) return torrent_handle{nullptr};
  m_torrents.push_back(params);
  if (!(params.flags & torrent_flags::paused)) m_torrents.back().flags |= torrent_flags::auto_managed;
  return torrent_handle{&m_torrents.back()};
}
int session::num_torrents() const { return int(m_torrents.size()); }
}
//--- v2
#include "add_torrent_params.hpp"
namespace libtorrent {
session::session() {}
session::~session() {}
torrent_handle session::add_torrent(const add_torrent_params &params) {
  if (params.save_path.empty()) return torrent_handle{nullptr};
  m_torrents.push_back(params);
  if (!(params.flags & torrent_flags::paused)) m_torrents.back().flags |= torrent_flags::auto_managed;
  return torrent_handle{&m_torrents.back()};
}
int session::num_torrents() const { return int(m_torrents.size()); }
}
