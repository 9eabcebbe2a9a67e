// expect: breaking
// why: boost::filesystem::status returns a file_status by value. In v1 file_status (two enums, 8 bytes) is
// why: trivially copyable and comes back in %rax; v2 gives it a user-provided copy constructor and assignment
// why: (Boost.Filesystem spelled them out for compilers without defaulted functions), which DWARF shows without
// why: DW_AT_defaulted. A class with a non-trivial copy constructor is returned through a hidden pointer: v2
// why: takes the return slot in %rdi and the path in %rsi, so an old caller's path pointer is taken as the
// why: slot and overwritten, and the path is read from a stale %rsi (as in 208).
// abidiff: 0 disagree: abidiff sees no size or member change; the user-provided copy constructor makes file_status non-trivial for calls, so status() returns it through a hidden pointer instead of %rax (as in 208).
//--- v1/operations.h
#include <string>
namespace boost { namespace filesystem {
enum file_type { status_error, file_not_found, regular_file, directory_file, symlink_file };
enum perms { no_perms = 0, owner_read = 0400, owner_write = 0200, owner_exe = 0100, perms_not_known = 0xFFFF };
class file_status {
public:
  file_status() noexcept : m_value(status_error), m_perms(perms_not_known) {}
  explicit file_status(file_type v, perms prms = perms_not_known) noexcept : m_value(v), m_perms(prms) {}
  file_type type() const noexcept { return m_value; }
  perms permissions() const noexcept { return m_perms; }
private:
  file_type m_value;
  enum perms m_perms;
};
file_status status(const std::string &p);
file_status symlink_status(const std::string &p);
} }
//--- v2/operations.h
#include <string>
namespace boost { namespace filesystem {
enum file_type { status_error, file_not_found, regular_file, directory_file, symlink_file };
enum perms { no_perms = 0, owner_read = 0400, owner_write = 0200, owner_exe = 0100, perms_not_known = 0xFFFF };
class file_status {
public:
  file_status() noexcept : m_value(status_error), m_perms(perms_not_known) {}
  explicit file_status(file_type v, perms prms = perms_not_known) noexcept : m_value(v), m_perms(prms) {}
  file_status(const file_status &rhs) noexcept : m_value(rhs.m_value), m_perms(rhs.m_perms) {}
  file_status &operator=(const file_status &rhs) noexcept { m_value = rhs.m_value; m_perms = rhs.m_perms; return *this; }
  file_type type() const noexcept { return m_value; }
  perms permissions() const noexcept { return m_perms; }
private:
  file_type m_value;
  enum perms m_perms;
};
file_status status(const std::string &p);
file_status symlink_status(const std::string &p);
} }
//--- lib.cc
#include <sys/stat.h>
#include "operations.h"
namespace boost { namespace filesystem {
static file_status from_mode(int rc, mode_t mode) {
  if (rc != 0) return file_status(file_not_found, no_perms);
  file_type t = S_ISDIR(mode) ? directory_file : S_ISLNK(mode) ? symlink_file : regular_file;
  return file_status(t, static_cast<perms>(mode & 0777));
}
file_status status(const std::string &p) { struct stat st; int rc = ::stat(p.c_str(), &st); file_status s = from_mode(rc, st.st_mode); return s; }
file_status symlink_status(const std::string &p) { struct stat st; int rc = ::lstat(p.c_str(), &st); file_status s = from_mode(rc, st.st_mode); file_status copy(s); return copy; }
} }
