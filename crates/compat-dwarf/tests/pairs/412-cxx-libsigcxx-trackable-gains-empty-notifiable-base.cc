// expect: info
// why: sigc::trackable is the base consumers derive their classes from so that slots disconnect automatically; its
// why: constructors, destructor and members are exported. v2 derives it from a new empty marker struct
// why: sigc::notifiable, as libsigc++ 3 does (here without 3.0's other changes): the empty base takes no space, so
// why: trackable keeps its 8 bytes with callback_list_ at byte 0, gets no vtable, stays non-trivial as before
// why: (user-provided copy constructor and destructor), and its members' mangled names ignore bases. Consumers'
// why: derived classes keep their layout: binaries are unaffected, but the class hierarchy changed (as in 134).
// abidiff: 4 disagree: abidiff reports the base class sigc::notifiable inserted into sigc::trackable; it is empty, so trackable keeps its size, offsets, calling convention and symbols (as in 134).
//--- v1/trackable.h
namespace sigc {
namespace internal { class trackable_callback_list; }
typedef void *(*func_destroy_notify)(void *data);
struct trackable {
  trackable() noexcept;
  trackable(const trackable &src) noexcept;
  trackable &operator=(const trackable &src);
  ~trackable();
  void add_destroy_notify_callback(void *data, func_destroy_notify func) const;
  void remove_destroy_notify_callback(void *data) const;
  void notify_callbacks();
  internal::trackable_callback_list *callback_list() const;
private:
  mutable internal::trackable_callback_list *callback_list_;
};
}
//--- v2/trackable.h
namespace sigc {
namespace internal { class trackable_callback_list; }
typedef void *(*func_destroy_notify)(void *data);
struct notifiable {
  typedef void (*func_destroy_notify)(notifiable *data);
};
struct trackable : public notifiable {
  trackable() noexcept;
  trackable(const trackable &src) noexcept;
  trackable &operator=(const trackable &src);
  ~trackable();
  void add_destroy_notify_callback(void *data, sigc::func_destroy_notify func) const;
  void remove_destroy_notify_callback(void *data) const;
  void notify_callbacks();
  internal::trackable_callback_list *callback_list() const;
private:
  mutable internal::trackable_callback_list *callback_list_;
};
}
//--- lib.cc
#include <list>
#include "trackable.h"
namespace sigc {
namespace internal {
class trackable_callback_list {
public:
  struct callback { void *data; func_destroy_notify func; };
  std::list<callback> callbacks;
  ~trackable_callback_list() { for (auto &c : callbacks) if (c.func) c.func(c.data); }
};
}
trackable::trackable() noexcept : callback_list_(nullptr) {}
trackable::trackable(const trackable &) noexcept : callback_list_(nullptr) {}
trackable &trackable::operator=(const trackable &src) { if (this != &src) notify_callbacks(); return *this; }
trackable::~trackable() { notify_callbacks(); }
void trackable::add_destroy_notify_callback(void *data, sigc::func_destroy_notify func) const { callback_list()->callbacks.push_back({data, func}); }
void trackable::remove_destroy_notify_callback(void *data) const { if (callback_list_) callback_list_->callbacks.remove_if([data](const internal::trackable_callback_list::callback &c) { return c.data == data; }); }
void trackable::notify_callbacks() { delete callback_list_; callback_list_ = nullptr; }
internal::trackable_callback_list *trackable::callback_list() const { if (!callback_list_) callback_list_ = new internal::trackable_callback_list; return callback_list_; }
}
