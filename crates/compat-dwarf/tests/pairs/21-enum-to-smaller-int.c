// expect: breaking
// why: Member m of the by-value struct dev goes from enum mode (4 bytes) to unsigned char (1 byte): the
// why: member's size changes (bytes 1-3 become padding), a layout break even though id stays at byte 4.
// abidiff: 4 agree
//--- v1
enum mode { MODE_OFF, MODE_ON, MODE_AUTO };
struct dev { enum mode m; int id; };
int dev_mode(struct dev d) { return d.m + d.id; }
//--- v2
struct dev { unsigned char m; int id; };
int dev_mode(struct dev d) { return d.m + d.id; }
