// expect: none
// why: libtorrent 1.1 stops using its size_type typedef (libtorrent::size_type, a typedef of boost::int64_t) for
// why: byte counts and spells std::int64_t instead: torrent_status's total_download, total_upload and total_done,
// why: file_storage::total_size and file_size, and torrent_handle::file_progress's vector. On x86-64 glibc every
// why: spelling ends in long: the members keep their offsets, the mangled names (l, St6vectorIlSaIlEE) and the
// why: registers are the same.
// abidiff: 0 agree
//--- v1/torrent.hpp
#include <cstdint>
#include <string>
#include <vector>
namespace boost { typedef ::int64_t int64_t; }
namespace libtorrent {
typedef boost::int64_t size_type;
struct torrent_status {
  std::string name;
  size_type total_download;
  size_type total_upload;
  size_type total_done;
  float progress;
  int num_peers;
};
class file_storage {
public:
  file_storage();
  void add_file(const std::string &path, size_type file_size);
  size_type total_size() const { return m_total_size; }
  size_type file_size(int index) const;
  int num_files() const { return int(m_sizes.size()); }
private:
  std::vector<size_type> m_sizes;
  size_type m_total_size;
};
class torrent_handle {
public:
  explicit torrent_handle(file_storage *fs);
  torrent_status status() const;
  void file_progress(std::vector<size_type> &progress, int flags = 0) const;
private:
  file_storage *m_files;
};
}
//--- v2/torrent.hpp
#include <cstdint>
#include <string>
#include <vector>
namespace libtorrent {
struct torrent_status {
  std::string name;
  std::int64_t total_download;
  std::int64_t total_upload;
  std::int64_t total_done;
  float progress;
  int num_peers;
};
class file_storage {
public:
  file_storage();
  void add_file(const std::string &path, std::int64_t file_size);
  std::int64_t total_size() const { return m_total_size; }
  std::int64_t file_size(int index) const;
  int num_files() const { return int(m_sizes.size()); }
private:
  std::vector<std::int64_t> m_sizes;
  std::int64_t m_total_size;
};
class torrent_handle {
public:
  explicit torrent_handle(file_storage *fs);
  torrent_status status() const;
  void file_progress(std::vector<std::int64_t> &progress, int flags = 0) const;
private:
  file_storage *m_files;
};
}
//--- v1
#include "torrent.hpp"
namespace libtorrent {
file_storage::file_storage() : m_total_size(0) {}
void file_storage::add_file(const std::string &path, size_type file_size) { if (!path.empty()) { m_sizes.push_back(file_size); m_total_size += file_size; } }
size_type file_storage::file_size(int index) const { return m_sizes.at(index); }
torrent_handle::torrent_handle(file_storage *fs) : m_files(fs) {}
torrent_status torrent_handle::status() const {
  torrent_status st;
  st.name = "ubuntu.iso"; st.total_download = m_files->total_size() / 2; st.total_upload = 0; st.total_done = st.total_download;
  st.progress = m_files->total_size() ? float(st.total_done) / float(m_files->total_size()) : 1.f; st.num_peers = 0;
  return st;
}
void torrent_handle::file_progress(std::vector<size_type> &progress, int flags) const {
  (void)flags; progress.clear();
  for (int i = 0; i < m_files->num_files(); i++) progress.push_back(m_files->file_size(i) / 2);
}
}
//--- v2
#include "torrent.hpp"
namespace libtorrent {
file_storage::file_storage() : m_total_size(0) {}
void file_storage::add_file(const std::string &path, std::int64_t file_size) { if (!path.empty()) { m_sizes.push_back(file_size); m_total_size += file_size; } }
std::int64_t file_storage::file_size(int index) const { return m_sizes.at(index); }
torrent_handle::torrent_handle(file_storage *fs) : m_files(fs) {}
torrent_status torrent_handle::status() const {
  torrent_status st;
  st.name = "ubuntu.iso"; st.total_download = m_files->total_size() / 2; st.total_upload = 0; st.total_done = st.total_download;
  st.progress = m_files->total_size() ? float(st.total_done) / float(m_files->total_size()) : 1.f; st.num_peers = 0;
  return st;
}
void torrent_handle::file_progress(std::vector<std::int64_t> &progress, int flags) const {
  (void)flags; progress.clear();
  for (int i = 0; i < m_files->num_files(); i++) progress.push_back(m_files->file_size(i) / 2);
}
}
