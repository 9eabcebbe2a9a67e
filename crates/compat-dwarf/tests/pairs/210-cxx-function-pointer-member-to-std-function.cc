// expect: breaking
// why: Button, a class with an exported constructor and member functions (consumers create it on the stack),
// why: replaces its click handler void (*)(int) by std::function<void(int)>: the member grows from 8 to 32
// why: bytes and sizeof(Button) from 16 to 40, so old consumers allocate too little and the library writes past it.
// abidiff: 4 agree
//--- v1/button.h
class Button { public: Button(int id); void on_click(void (*cb)(int)); void click(); private: int id_; void (*cb_)(int); };
//--- v2/button.h
#include <functional>
class Button { public: Button(int id); void on_click(void (*cb)(int)); void click(); private: int id_; std::function<void(int)> cb_; };
//--- v1
#include "button.h"
Button::Button(int id) : id_(id), cb_(nullptr) {}
void Button::on_click(void (*cb)(int)) { cb_ = cb; }
void Button::click() { if (cb_) cb_(id_); }
//--- v2
#include "button.h"
Button::Button(int id) : id_(id), cb_() {}
void Button::on_click(void (*cb)(int)) { cb_ = cb; }
void Button::click() { if (cb_) cb_(id_); }
