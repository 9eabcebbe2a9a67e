// expect: breaking
// why: libebml::EbmlElement is the polymorphic base that libmatroska and applications derive their element classes
// why: from, overriding its pure virtuals. v2 inserts virtual bool IsDefaultValue() const = 0 between ValidateSize and
// why: UpdateSize, so UpdateSize and IsMaster move down one slot: the exported EbmlElement::Render now calls
// why: UpdateSize through the slot where an old subclass's vtable holds IsMaster (and the new slot is missing
// why: from its vtable altogether).
// abidiff: 12 agree
//--- v1/EbmlElement.h
#include <cstdint>
namespace libebml {
class EbmlElement {
public:
    explicit EbmlElement(std::uint64_t defaultSize);
    virtual ~EbmlElement();
    virtual EbmlElement *Clone() const = 0;
    virtual bool ValidateSize() const = 0;
    virtual std::uint64_t UpdateSize(bool bWithDefault, bool bForceRender) = 0;
    virtual bool IsMaster() const { return false; }
    std::uint64_t Render(bool bWithDefault);
    std::uint64_t GetSize() const { return Size; }
protected:
    std::uint64_t Size;
};
class EbmlUInteger : public EbmlElement {
public:
    EbmlUInteger();
    EbmlElement *Clone() const override;
    bool ValidateSize() const override;
    std::uint64_t UpdateSize(bool bWithDefault, bool bForceRender) override;
    std::uint64_t Value;
};
}
//--- v2/EbmlElement.h
#include <cstdint>
namespace libebml {
class EbmlElement {
public:
    explicit EbmlElement(std::uint64_t defaultSize);
    virtual ~EbmlElement();
    virtual EbmlElement *Clone() const = 0;
    virtual bool ValidateSize() const = 0;
    virtual bool IsDefaultValue() const = 0;
    virtual std::uint64_t UpdateSize(bool bWithDefault, bool bForceRender) = 0;
    virtual bool IsMaster() const { return false; }
    std::uint64_t Render(bool bWithDefault);
    std::uint64_t GetSize() const { return Size; }
protected:
    std::uint64_t Size;
};
class EbmlUInteger : public EbmlElement {
public:
    EbmlUInteger();
    EbmlElement *Clone() const override;
    bool ValidateSize() const override;
    bool IsDefaultValue() const override;
    std::uint64_t UpdateSize(bool bWithDefault, bool bForceRender) override;
    std::uint64_t Value;
};
}
//--- v1
#include "EbmlElement.h"
namespace libebml {
EbmlElement::EbmlElement(std::uint64_t defaultSize) : Size(defaultSize) {}
EbmlElement::~EbmlElement() {}
std::uint64_t EbmlElement::Render(bool bWithDefault) { if (!ValidateSize()) return 0; return IsMaster() ? 0 : UpdateSize(bWithDefault, false); }
EbmlUInteger::EbmlUInteger() : EbmlElement(1), Value(0) {}
EbmlElement *EbmlUInteger::Clone() const { return new EbmlUInteger(*this); }
bool EbmlUInteger::ValidateSize() const { return Size <= 8; }
std::uint64_t EbmlUInteger::UpdateSize(bool bWithDefault, bool) { if (!bWithDefault && Value == 0) return 0; Size = 1; for (std::uint64_t v = Value >> 8; v; v >>= 8) Size++; return Size; }
}
//--- v2
#include "EbmlElement.h"
namespace libebml {
EbmlElement::EbmlElement(std::uint64_t defaultSize) : Size(defaultSize) {}
EbmlElement::~EbmlElement() {}
std::uint64_t EbmlElement::Render(bool bWithDefault) { if (!ValidateSize()) return 0; if (!bWithDefault && IsDefaultValue()) return 0; return IsMaster() ? 0 : UpdateSize(bWithDefault, false); }
EbmlUInteger::EbmlUInteger() : EbmlElement(1), Value(0) {}
EbmlElement *EbmlUInteger::Clone() const { return new EbmlUInteger(*this); }
bool EbmlUInteger::ValidateSize() const { return Size <= 8; }
bool EbmlUInteger::IsDefaultValue() const { return Value == 0; }
std::uint64_t EbmlUInteger::UpdateSize(bool bWithDefault, bool) { if (!bWithDefault && Value == 0) return 0; Size = 1; for (std::uint64_t v = Value >> 8; v; v >>= 8) Size++; return Size; }
}
