// expect: info
// why: enum mode (enumerators 0..2) has underlying type unsigned int in GCC's ABI; v2 spells member m
// why: as unsigned int: same size, signedness and offset. Binaries are unaffected; the enum type left the
// why: interface, which a reader of the source change should still see (info).
// abidiff: 0 agree
//--- v1
enum mode { MODE_OFF, MODE_ON, MODE_AUTO };
struct dev { enum mode m; int id; };
int dev_mode(struct dev d) { return d.m + d.id; }
//--- v2
struct dev { unsigned int m; int id; };
int dev_mode(struct dev d) { return d.m + d.id; }
