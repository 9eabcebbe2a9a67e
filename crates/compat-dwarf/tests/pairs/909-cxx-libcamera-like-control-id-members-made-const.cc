// expect: warning
// why: libcamera::ControlId (exported toString, inline getters consumers compile) makes its members id_, name_ and
// why: type_ const, since an id never changes after construction. Same types, sizes and offsets, and the inline
// why: getters read the same bytes, but a const added to members is a change in what the bits may do: v2 is compiled
// why: assuming they never change after construction (README: const added to a member).
// abidiff: 4 agree
//--- v1/controls.h
#include <string>
namespace libcamera {
enum ControlType { ControlTypeNone, ControlTypeBool, ControlTypeByte, ControlTypeInteger32, ControlTypeInteger64, ControlTypeFloat, ControlTypeString, ControlTypeRectangle, ControlTypeSize };
class ControlId {
public:
    ControlId(unsigned int id, const std::string &name, ControlType type) : id_(id), name_(name), type_(type) {}
    ControlId(const ControlId &) = delete;
    ControlId &operator=(const ControlId &) = delete;
    unsigned int id() const { return id_; }
    const std::string &name() const { return name_; }
    ControlType type() const { return type_; }
    std::string toString() const;
private:
    unsigned int id_;
    std::string name_;
    ControlType type_;
};
}
//--- v2/controls.h
#include <string>
namespace libcamera {
enum ControlType { ControlTypeNone, ControlTypeBool, ControlTypeByte, ControlTypeInteger32, ControlTypeInteger64, ControlTypeFloat, ControlTypeString, ControlTypeRectangle, ControlTypeSize };
class ControlId {
public:
    ControlId(unsigned int id, const std::string &name, ControlType type) : id_(id), name_(name), type_(type) {}
    ControlId(const ControlId &) = delete;
    ControlId &operator=(const ControlId &) = delete;
    unsigned int id() const { return id_; }
    const std::string &name() const { return name_; }
    ControlType type() const { return type_; }
    std::string toString() const;
private:
    const unsigned int id_;
    const std::string name_;
    const ControlType type_;
};
}
//--- v1
#include "controls.h"
namespace libcamera {
std::string ControlId::toString() const { static const char *const types[] = { "None", "Bool", "Byte", "Integer32", "Integer64", "Float", "String", "Rectangle", "Size" }; return name_ + " (" + std::to_string(id_) + ", " + types[type_ <= ControlTypeSize ? type_ : 0] + ")"; }
}
//--- v2
#include "controls.h"
namespace libcamera {
std::string ControlId::toString() const { static const char *const types[] = { "None", "Bool", "Byte", "Integer32", "Integer64", "Float", "String", "Rectangle", "Size" }; return name_ + " (" + std::to_string(id_) + ", " + types[type_ <= ControlTypeSize ? type_ : 0] + ")"; }
}
