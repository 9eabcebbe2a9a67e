// expect: info
// why: Member mode of the class with exported members changes from enum Mode (underlying unsigned int:
// why: enumerators 0 and 1) to unsigned int: same size, signedness and offset; the symbols do not mention
// why: member types.
// abidiff: 0 agree
//--- v1
enum Mode { Off, On };
struct Device { Mode mode; int id; int state() const; };
int Device::state() const { return mode == On ? id : 0; }
//--- v2
struct Device { unsigned int mode; int id; int state() const; };
int Device::state() const { return mode == 1 ? id : 0; }
