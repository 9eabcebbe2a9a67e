// expect: none
// why: rapidjson::SizeType was typedef unsigned SizeType; v2 writes using SizeType = std::uint32_t, itself unsigned
// why: int on x86-64. Parameters, results and the member keep the same type, and the mangled names (which encode the
// why: underlying unsigned int) are the same.
// abidiff: 0 agree
//--- v1/rapidjson.h
namespace rapidjson {
typedef unsigned SizeType;
class StringBuffer {
public:
    StringBuffer();
    void Reserve(SizeType count);
    SizeType GetSize() const;
private:
    char *stack_;
    SizeType size_;
};
}
//--- v2/rapidjson.h
#include <cstdint>
namespace rapidjson {
using SizeType = std::uint32_t;
class StringBuffer {
public:
    StringBuffer();
    void Reserve(SizeType count);
    SizeType GetSize() const;
private:
    char *stack_;
    SizeType size_;
};
}
//--- v1
#include <cstdlib>
#include "rapidjson.h"
namespace rapidjson {
StringBuffer::StringBuffer() : stack_(nullptr), size_(0) {}
void StringBuffer::Reserve(SizeType count) { if (count > size_) { char *p = static_cast<char *>(std::realloc(stack_, count)); if (p) { stack_ = p; size_ = count; } } }
SizeType StringBuffer::GetSize() const { return size_; }
}
//--- v2
#include <cstdlib>
#include "rapidjson.h"
namespace rapidjson {
StringBuffer::StringBuffer() : stack_(nullptr), size_(0) {}
void StringBuffer::Reserve(SizeType count) { if (count > size_) { char *p = static_cast<char *>(std::realloc(stack_, count)); if (p) { stack_ = p; size_ = count; } } }
SizeType StringBuffer::GetSize() const { return size_; }
}
