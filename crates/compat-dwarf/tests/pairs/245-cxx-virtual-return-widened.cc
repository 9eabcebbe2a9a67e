// expect: breaking
// why: the virtual LayoutItem::heightForWidth returns long instead of int. The mangled name and vtable slot are
// why: unchanged (return types are not mangled), but consumers' overrides set only %eax (negative heights
// why: arrive as large positive longs) and old callers of the library's version read only %eax.
// abidiff: 4 agree
//--- v1/layout.h
class LayoutItem {
public:
  LayoutItem();
  virtual ~LayoutItem();
  virtual int heightForWidth(int w) const;
};
long layout_height(const LayoutItem &item, int w);
//--- v2/layout.h
class LayoutItem {
public:
  LayoutItem();
  virtual ~LayoutItem();
  virtual long heightForWidth(int w) const;
};
long layout_height(const LayoutItem &item, int w);
//--- v1
#include "layout.h"
LayoutItem::LayoutItem() {}
LayoutItem::~LayoutItem() {}
int LayoutItem::heightForWidth(int w) const { return -w; }
long layout_height(const LayoutItem &item, int w) { return item.heightForWidth(w); }
//--- v2
#include "layout.h"
LayoutItem::LayoutItem() {}
LayoutItem::~LayoutItem() {}
long LayoutItem::heightForWidth(int w) const { return -w; }
long layout_height(const LayoutItem &item, int w) { return item.heightForWidth(w); }
