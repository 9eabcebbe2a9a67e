// expect: info
// why: The reverse of 16: unsigned int member becomes enum mode, whose underlying type is unsigned int;
// why: same size, signedness and offset, so only the source-level type changed.
// abidiff: 0 agree
//--- v1
struct dev { unsigned int m; int id; };
int dev_mode(struct dev d) { return d.m + d.id; }
//--- v2
enum mode { MODE_OFF, MODE_ON, MODE_AUTO };
struct dev { enum mode m; int id; };
int dev_mode(struct dev d) { return d.m + d.id; }
