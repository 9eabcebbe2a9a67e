// expect: breaking
// why: glibmm 2.68 replaces its intrusive smart pointer class template Glib::RefPtr<T> (one T *, 8 bytes) by an
// why: alias template for std::shared_ptr<T> (two pointers, 16 bytes). Gio::File::equal(const Glib::RefPtr<const
// why: File> &) changes its mangled name from _ZNK3Gio4File5equalERKN4Glib6RefPtrIKS0_EE to
// why: _ZNK3Gio4File5equalERKSt10shared_ptrIKS0_E, so old binaries fail to bind it; and create_for_path, whose
// why: symbol stays because return types are not mangled, writes a 16-byte shared_ptr into old callers' 8-byte
// why: RefPtr result slots.
// abidiff: 12 agree
//--- v1/giomm.h
#include <string>
namespace Glib {
template <class T_CppObject> class RefPtr {
public:
  RefPtr() noexcept : pCppObject_(nullptr) {}
  explicit RefPtr(T_CppObject *p) noexcept : pCppObject_(p) {}
  RefPtr(const RefPtr &src) noexcept : pCppObject_(src.pCppObject_) { if (pCppObject_) pCppObject_->reference(); }
  ~RefPtr() noexcept { if (pCppObject_) pCppObject_->unreference(); }
  T_CppObject *operator->() const noexcept { return pCppObject_; }
  T_CppObject *get() const noexcept { return pCppObject_; }
private:
  T_CppObject *pCppObject_;
};
}
namespace Gio {
class File {
public:
  static Glib::RefPtr<File> create_for_path(const std::string &path);
  std::string get_basename() const;
  bool equal(const Glib::RefPtr<const File> &other) const;
  void reference() const;
  void unreference() const;
private:
  explicit File(const std::string &path);
  std::string path_;
  mutable int ref_count_;
};
}
//--- v2/giomm.h
#include <memory>
#include <string>
namespace Glib {
template <class T_CppObject> using RefPtr = std::shared_ptr<T_CppObject>;
template <class T_CppObject> RefPtr<T_CppObject> make_refptr_for_instance(T_CppObject *object) {
  return RefPtr<T_CppObject>(object, [](T_CppObject *p) { if (p) p->unreference(); });
}
}
namespace Gio {
class File {
public:
  static Glib::RefPtr<File> create_for_path(const std::string &path);
  std::string get_basename() const;
  bool equal(const Glib::RefPtr<const File> &other) const;
  void reference() const;
  void unreference() const;
private:
  explicit File(const std::string &path);
  std::string path_;
  mutable int ref_count_;
};
}
//--- v1
#include "giomm.h"
namespace Gio {
File::File(const std::string &path) : path_(path), ref_count_(1) {}
Glib::RefPtr<File> File::create_for_path(const std::string &path) { return Glib::RefPtr<File>(new File(path)); }
std::string File::get_basename() const { auto slash = path_.rfind('/'); return slash == std::string::npos ? path_ : path_.substr(slash + 1); }
bool File::equal(const Glib::RefPtr<const File> &other) const { return other.get() && other->path_ == path_; }
void File::reference() const { ++ref_count_; }
void File::unreference() const { if (--ref_count_ == 0) delete this; }
}
//--- v2
#include "giomm.h"
namespace Gio {
File::File(const std::string &path) : path_(path), ref_count_(1) {}
Glib::RefPtr<File> File::create_for_path(const std::string &path) { return Glib::make_refptr_for_instance<File>(new File(path)); }
std::string File::get_basename() const { auto slash = path_.rfind('/'); return slash == std::string::npos ? path_ : path_.substr(slash + 1); }
bool File::equal(const Glib::RefPtr<const File> &other) const { return other.get() && other->path_ == path_; }
void File::reference() const { ++ref_count_; }
void File::unreference() const { if (--ref_count_ == 0) delete this; }
}
