// expect: warning
// why: hal::RegBlock is a plain struct the caller allocates (often placed over device memory) and passes by
// why: reference to the exported hal::Uart::attach(RegBlock &). v2 drops volatile from its data[8] elements: same
// why: size and offsets, so no layout break, but the library may now merge or drop accesses to registers the
// why: hardware changes underneath: a qualifier change on a member with a semantic risk (as in 37).
// abidiff: 4 agree
//--- v1/hal.h
#include <cstdint>
namespace hal {
struct RegBlock { volatile std::uint32_t ctrl; volatile std::uint32_t data[8]; std::uint32_t shadow; };
class Uart {
public:
  Uart();
  int attach(RegBlock &regs);
  std::uint32_t read_word(int i) const;
private:
  RegBlock *regs_;
};
}
//--- v2/hal.h
#include <cstdint>
namespace hal {
struct RegBlock { volatile std::uint32_t ctrl; std::uint32_t data[8]; std::uint32_t shadow; };
class Uart {
public:
  Uart();
  int attach(RegBlock &regs);
  std::uint32_t read_word(int i) const;
private:
  RegBlock *regs_;
};
}
//--- v1
#include "hal.h"
namespace hal {
Uart::Uart() : regs_(nullptr) {}
int Uart::attach(RegBlock &regs) { regs_ = &regs; regs.ctrl = 1; return 0; }
std::uint32_t Uart::read_word(int i) const { return regs_ ? regs_->data[i & 7] : 0; }
}
//--- v2
#include "hal.h"
namespace hal {
Uart::Uart() : regs_(nullptr) {}
int Uart::attach(RegBlock &regs) { regs_ = &regs; regs.ctrl = 1; return 0; }
std::uint32_t Uart::read_word(int i) const { return regs_ ? regs_->data[i & 7] : 0; }
}
