// expect: info
// why: UNO never changes a published interface; it publishes a new one. v2 adds XTextRange2, deriving from
// why: XTextRange with one new pure virtual, an implementation class and a factory createTextRange2. XTextRange, its
// why: vtable, the exported createTextRange and the implementation old binaries get are unchanged: only additions.
// abidiff: 4 disagree: abidiff reports the added function createTextRange2; a new interface and factory beside the unchanged ones are compatible (as in 130).
//--- v1/XTextRange.hpp
namespace css { namespace text {
class XTextRange {
public:
    virtual int getStart() = 0;
    virtual int getEnd() = 0;
    virtual void setString(const char *s) = 0;
protected:
    ~XTextRange() {}
};
XTextRange *createTextRange(int start, int end);
void releaseTextRange(XTextRange *r);
} }
//--- v2/XTextRange.hpp
namespace css { namespace text {
class XTextRange {
public:
    virtual int getStart() = 0;
    virtual int getEnd() = 0;
    virtual void setString(const char *s) = 0;
protected:
    ~XTextRange() {}
};
class XTextRange2 : public XTextRange {
public:
    virtual int getLength() = 0;
protected:
    ~XTextRange2() {}
};
XTextRange *createTextRange(int start, int end);
XTextRange2 *createTextRange2(int start, int end);
void releaseTextRange(XTextRange *r);
} }
//--- v1
#include "XTextRange.hpp"
namespace css { namespace text {
namespace {
class TextRangeImpl final : public XTextRange {
public:
    TextRangeImpl(int s, int e) : start_(s), end_(e), text_(nullptr) {}
    int getStart() override { return start_; }
    int getEnd() override { return end_; }
    void setString(const char *s) override { text_ = s; }
    int start_, end_;
    const char *text_;
};
}
XTextRange *createTextRange(int start, int end) { return new TextRangeImpl(start, end); }
void releaseTextRange(XTextRange *r) { delete static_cast<TextRangeImpl *>(r); }
} }
//--- v2
#include "XTextRange.hpp"
namespace css { namespace text {
namespace {
class TextRangeImpl final : public XTextRange {
public:
    TextRangeImpl(int s, int e) : start_(s), end_(e), text_(nullptr) {}
    int getStart() override { return start_; }
    int getEnd() override { return end_; }
    void setString(const char *s) override { text_ = s; }
    int start_, end_;
    const char *text_;
};
class TextRange2Impl final : public XTextRange2 {
public:
    TextRange2Impl(int s, int e) : start_(s), end_(e), text_(nullptr) {}
    int getStart() override { return start_; }
    int getEnd() override { return end_; }
    void setString(const char *s) override { text_ = s; }
    int getLength() override { return end_ - start_; }
    int start_, end_;
    const char *text_;
};
}
XTextRange *createTextRange(int start, int end) { return new TextRangeImpl(start, end); }
XTextRange2 *createTextRange2(int start, int end) { return new TextRange2Impl(start, end); }
void releaseTextRange(XTextRange *r) {
    if (TextRange2Impl *r2 = dynamic_cast<TextRange2Impl *>(r)) delete r2;
    else delete static_cast<TextRangeImpl *>(r);
}
} }
