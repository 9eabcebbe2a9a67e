// expect: none
// why: widgets::make returns std::shared_ptr<Widget> in v1 and WidgetPtr in v2, an alias declaration
// why: (using WidgetPtr = std::shared_ptr<Widget>) of that very type: same instantiation, same symbol, same
// why: hidden return pointer.
// abidiff: 0 agree
//--- v1/widgets.h
#include <memory>
struct Widget { int id; };
namespace widgets { std::shared_ptr<Widget> make(int id); int id_of(const std::shared_ptr<Widget> &w); }
//--- v2/widgets.h
#include <memory>
struct Widget { int id; };
using WidgetPtr = std::shared_ptr<Widget>;
namespace widgets { WidgetPtr make(int id); int id_of(const WidgetPtr &w); }
//--- v1
#include "widgets.h"
namespace widgets {
std::shared_ptr<Widget> make(int id) { return std::make_shared<Widget>(Widget{id}); }
int id_of(const std::shared_ptr<Widget> &w) { return w ? w->id : -1; }
}
//--- v2
#include "widgets.h"
namespace widgets {
WidgetPtr make(int id) { return std::make_shared<Widget>(Widget{id}); }
int id_of(const WidgetPtr &w) { return w ? w->id : -1; }
}
