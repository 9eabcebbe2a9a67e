// expect: info
// why: Label follows Qt's d-pointer idiom: the public header only forward-declares LabelPrivate, defined in the
// why: internal header label_p.h. LabelPrivate gains members at the front and end; Label stays one pointer
// why: and its exported functions are unchanged, so consumers are unaffected.
// abidiff: 4 disagree: abidiff reports LabelPrivate's members changed; it is defined only in the internal header label_p.h and consumers only see the d_ptr pointer.
//--- label.h
class LabelPrivate;
class Label { public: Label(); ~Label(); void setText(const char *t); int length() const; private: LabelPrivate *d_ptr; };
//--- v1/label_p.h
#include "label.h"
class LabelPrivate { public: const char *text = nullptr; int len = 0; };
//--- v2/label_p.h
#include "label.h"
class LabelPrivate { public: int flags = 0; const char *text = nullptr; int len = 0; bool dirty = false; };
//--- lib.cc
#include <cstring>
#include "label_p.h"
Label::Label() : d_ptr(new LabelPrivate) {}
Label::~Label() { delete d_ptr; }
void Label::setText(const char *t) { d_ptr->text = t; d_ptr->len = t ? (int)std::strlen(t) : 0; }
int Label::length() const { return d_ptr->len; }
