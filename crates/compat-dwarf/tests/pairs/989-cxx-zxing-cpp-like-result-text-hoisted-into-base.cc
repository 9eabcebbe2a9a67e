// expect: breaking
// why: ZXing::Result's exported text() is moved, with the text_ member it returns, into a new base class
// why: ResultBase (shared with the new multi-symbol results). Result's layout is unchanged (text_ at byte 0 inside
// why: the base, format_ at byte 32, 40 bytes), but text() is now ResultBase's member function:
// why: _ZNK5ZXing6Result4textB5cxx11Ev is gone and _ZNK5ZXing10ResultBase4textB5cxx11Ev appears, so old binaries
// why: calling result.text() fail to bind it.
// abidiff: 12 agree
//--- v1/Result.h
#include <string>
namespace ZXing {
class Result {
public:
    Result(std::string text, int format);
    const std::string &text() const;
    int format() const;
    bool isValid() const;
private:
    std::string text_;
    int format_;
};
Result ReadBarcode(const unsigned char *data, int width, int height);
}
//--- v2/Result.h
#include <string>
namespace ZXing {
class ResultBase {
public:
    const std::string &text() const;
protected:
    explicit ResultBase(std::string text);
    std::string text_;
};
class Result : public ResultBase {
public:
    Result(std::string text, int format);
    int format() const;
    bool isValid() const;
private:
    int format_;
};
Result ReadBarcode(const unsigned char *data, int width, int height);
}
//--- v1
#include <utility>
#include "Result.h"
namespace ZXing {
Result::Result(std::string text, int format) : text_(std::move(text)), format_(format) {}
const std::string &Result::text() const { return text_; }
int Result::format() const { return format_; }
bool Result::isValid() const { return format_ != 0 && !text_.empty(); }
Result ReadBarcode(const unsigned char *data, int width, int height) {
    if (!data || width <= 0 || height <= 0) return Result(std::string(), 0);
    return Result(std::string(reinterpret_cast<const char *>(data), static_cast<std::string::size_type>(width < 16 ? width : 16)), 1);
}
}
//--- v2
#include <utility>
#include "Result.h"
namespace ZXing {
ResultBase::ResultBase(std::string text) : text_(std::move(text)) {}
const std::string &ResultBase::text() const { return text_; }
Result::Result(std::string text, int format) : ResultBase(std::move(text)), format_(format) {}
int Result::format() const { return format_; }
bool Result::isValid() const { return format_ != 0 && !text_.empty(); }
Result ReadBarcode(const unsigned char *data, int width, int height) {
    if (!data || width <= 0 || height <= 0) return Result(std::string(), 0);
    return Result(std::string(reinterpret_cast<const char *>(data), static_cast<std::string::size_type>(width < 16 ? width : 16)), 1);
}
}
