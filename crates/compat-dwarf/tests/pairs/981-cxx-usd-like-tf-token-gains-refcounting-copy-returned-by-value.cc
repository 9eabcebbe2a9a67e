// expect: breaking
// why: pxr::TfToken, one pointer wide, is returned by value from the exported SdfPath::GetNameToken and
// why: SdfPath::GetElementToken. In v1 it is trivially copyable, so it comes back in %rax; v2 makes tokens
// why: reference-counted with a user-provided copy constructor, copy assignment and destructor, which makes it
// why: non-trivial for the purpose of calls: it is now returned through a hidden pointer in %rdi and the this
// why: pointer moves to %rsi. The mangled names are unchanged (return types are not mangled), so old callers bind
// why: and pass this where the library expects the return slot.
// abidiff: 4 agree
//--- v1/path.h
namespace pxr {
class TfToken {
public:
    TfToken() : rep_(nullptr) {}
    explicit TfToken(const char *s);
    const char *GetText() const { return rep_ ? rep_ : ""; }
    bool IsEmpty() const { return rep_ == nullptr; }
private:
    const char *rep_;
};
class SdfPath {
public:
    explicit SdfPath(const char *path);
    TfToken GetNameToken() const;
    TfToken GetElementToken() const;
    bool IsAbsolutePath() const;
private:
    const char *path_;
};
}
//--- v2/path.h
namespace pxr {
class TfToken {
public:
    TfToken() : rep_(nullptr) {}
    explicit TfToken(const char *s);
    TfToken(const TfToken &other);
    TfToken &operator=(const TfToken &other);
    ~TfToken();
    const char *GetText() const { return rep_ ? rep_ : ""; }
    bool IsEmpty() const { return rep_ == nullptr; }
private:
    const char *rep_;
};
class SdfPath {
public:
    explicit SdfPath(const char *path);
    TfToken GetNameToken() const;
    TfToken GetElementToken() const;
    bool IsAbsolutePath() const;
private:
    const char *path_;
};
}
//--- v1
#include <cstring>
#include <map>
#include <string>
#include "path.h"
namespace pxr {
static std::map<std::string, long> &registry() { static std::map<std::string, long> r; return r; }
TfToken::TfToken(const char *s) : rep_(nullptr) { if (s && *s) { auto it = registry().emplace(s, 0).first; it->second++; rep_ = it->first.c_str(); } }
SdfPath::SdfPath(const char *path) : path_(path) {}
TfToken SdfPath::GetNameToken() const { const char *slash = std::strrchr(path_, '/'); return TfToken(slash ? slash + 1 : path_); }
TfToken SdfPath::GetElementToken() const { const char *slash = std::strrchr(path_, '/'); const char *dot = std::strrchr(path_, '.'); return TfToken(dot && (!slash || dot > slash) ? dot : slash ? slash + 1 : path_); }
bool SdfPath::IsAbsolutePath() const { return path_[0] == '/'; }
}
//--- v2
#include <cstring>
#include <map>
#include <string>
#include "path.h"
namespace pxr {
static std::map<std::string, long> &registry() { static std::map<std::string, long> r; return r; }
static void ref(const char *rep) { if (rep) registry()[rep]++; }
static void unref(const char *rep) { if (rep) { auto it = registry().find(rep); if (it != registry().end() && it->second > 0) it->second--; } }
TfToken::TfToken(const char *s) : rep_(nullptr) { if (s && *s) { auto it = registry().emplace(s, 0).first; it->second++; rep_ = it->first.c_str(); } }
TfToken::TfToken(const TfToken &other) : rep_(other.rep_) { ref(rep_); }
TfToken &TfToken::operator=(const TfToken &other) { if (rep_ != other.rep_) { ref(other.rep_); unref(rep_); rep_ = other.rep_; } return *this; }
TfToken::~TfToken() { unref(rep_); }
SdfPath::SdfPath(const char *path) : path_(path) {}
TfToken SdfPath::GetNameToken() const { const char *slash = std::strrchr(path_, '/'); return TfToken(slash ? slash + 1 : path_); }
TfToken SdfPath::GetElementToken() const { const char *slash = std::strrchr(path_, '/'); const char *dot = std::strrchr(path_, '.'); return TfToken(dot && (!slash || dot > slash) ? dot : slash ? slash + 1 : path_); }
bool SdfPath::IsAbsolutePath() const { return path_[0] == '/'; }
}
