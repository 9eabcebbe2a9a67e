// expect: info
// why: boost::filesystem::path::string() and generic_string() returned const std::string by value; v2 drops the
// why: const (clang-tidy readability-const-return-type), so callers can move from the result. Return types are
// why: not mangled (_ZNK5boost10filesystem4path6stringB5cxx11Ev stays), and a std::string comes back through
// why: the same hidden pointer in %rdi either way, so binaries are unaffected; only the function's declared
// why: type changed, an API change.
// abidiff: 4 disagree: abidiff reports the return type changed from const std::string to std::string; the symbol and the hidden return pointer are the same, so only the declared type changed.
//--- v1/path.h
#include <string>
namespace boost { namespace filesystem {
class path {
public:
  path() {}
  path(const char *s);
  const std::string &native() const { return m_pathname; }
  const std::string string() const;
  const std::string generic_string() const;
  path filename() const;
  bool empty() const { return m_pathname.empty(); }
private:
  std::string m_pathname;
};
} }
//--- v2/path.h
#include <string>
namespace boost { namespace filesystem {
class path {
public:
  path() {}
  path(const char *s);
  const std::string &native() const { return m_pathname; }
  std::string string() const;
  std::string generic_string() const;
  path filename() const;
  bool empty() const { return m_pathname.empty(); }
private:
  std::string m_pathname;
};
} }
//--- v1
#include "path.h"
namespace boost { namespace filesystem {
path::path(const char *s) : m_pathname(s ? s : "") {}
const std::string path::string() const { return m_pathname; }
const std::string path::generic_string() const { std::string s = m_pathname; for (char &c : s) if (c == '\\') c = '/'; return s; }
path path::filename() const { std::string::size_type pos = m_pathname.rfind('/'); return path(pos == std::string::npos ? m_pathname.c_str() : m_pathname.c_str() + pos + 1); }
} }
//--- v2
#include "path.h"
namespace boost { namespace filesystem {
path::path(const char *s) : m_pathname(s ? s : "") {}
std::string path::string() const { return m_pathname; }
std::string path::generic_string() const { std::string s = m_pathname; for (char &c : s) if (c == '\\') c = '/'; return s; }
path path::filename() const { std::string::size_type pos = m_pathname.rfind('/'); return path(pos == std::string::npos ? m_pathname.c_str() : m_pathname.c_str() + pos + 1); }
} }
