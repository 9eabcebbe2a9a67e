// expect: breaking
// why: In C++ the parameter's type is part of the symbol: set_mode(Mode) is _Z8set_mode4Mode and
// why: set_mode(int) is _Z8set_modei, so replacing the enum by its underlying int removes the symbol.
// abidiff: 12 agree
//--- v1
enum Mode { Off, On };
int set_mode(Mode m) { return m == On; }
//--- v2
int set_mode(int m) { return m == 1; }
