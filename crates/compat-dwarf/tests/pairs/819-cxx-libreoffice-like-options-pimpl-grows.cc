// expect: info
// why: SvtSecurityOptions holds its state behind std::unique_ptr<Impl>, where Impl is only forward-declared in the
// why: header and defined in the library's source; constructor, destructor and accessors are exported and out of
// why: line. v2 adds two members and an accessor to Impl and one exported getter to the class: the class stays one
// why: pointer, and the grown Impl is allocated and read only by the library.
// abidiff: 4 disagree: abidiff reports the added function and the members added to Impl; Impl is defined only in the library's source and reached only through the class's private pointer.
//--- v1/securityoptions.hxx
#include <memory>
class SvtSecurityOptions {
public:
    SvtSecurityOptions();
    ~SvtSecurityOptions();
    bool IsMacroDisabled() const;
    int GetMacroSecurityLevel() const;
    void SetMacroSecurityLevel(int level);
private:
    class Impl;
    std::unique_ptr<Impl> m_pImpl;
};
//--- v2/securityoptions.hxx
#include <memory>
class SvtSecurityOptions {
public:
    SvtSecurityOptions();
    ~SvtSecurityOptions();
    bool IsMacroDisabled() const;
    int GetMacroSecurityLevel() const;
    void SetMacroSecurityLevel(int level);
    bool IsBlockUntrustedRefererLinks() const;
private:
    class Impl;
    std::unique_ptr<Impl> m_pImpl;
};
//--- v1
#include "securityoptions.hxx"
class SvtSecurityOptions::Impl {
public:
    int level = 1;
    bool disableMacros = false;
};
SvtSecurityOptions::SvtSecurityOptions() : m_pImpl(new Impl) {}
SvtSecurityOptions::~SvtSecurityOptions() = default;
bool SvtSecurityOptions::IsMacroDisabled() const { return m_pImpl->disableMacros || m_pImpl->level > 3; }
int SvtSecurityOptions::GetMacroSecurityLevel() const { return m_pImpl->level; }
void SvtSecurityOptions::SetMacroSecurityLevel(int level) { if (level >= 0 && level <= 3) m_pImpl->level = level; }
//--- v2
#include "securityoptions.hxx"
class SvtSecurityOptions::Impl {
public:
    int level = 1;
    bool disableMacros = false;
    bool blockUntrustedRefererLinks = false;
    const char *trustedAuthors = nullptr;
};
SvtSecurityOptions::SvtSecurityOptions() : m_pImpl(new Impl) {}
SvtSecurityOptions::~SvtSecurityOptions() = default;
bool SvtSecurityOptions::IsMacroDisabled() const { return m_pImpl->disableMacros || m_pImpl->level > 3; }
int SvtSecurityOptions::GetMacroSecurityLevel() const { return m_pImpl->level; }
void SvtSecurityOptions::SetMacroSecurityLevel(int level) { if (level >= 0 && level <= 3) m_pImpl->level = level; }
bool SvtSecurityOptions::IsBlockUntrustedRefererLinks() const { return m_pImpl->blockUntrustedRefererLinks; }
