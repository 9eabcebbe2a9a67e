// expect: warning
// why: enum mode's underlying type is unsigned int; v2 spells member m as int: same size and offset, so
// why: the layout holds, but the signedness differs (values above INT_MAX would read as negative): a
// why: same-size signedness change is a warning with that risk stated, not a layout break.
// abidiff: 0 disagree: abidiff filters an enum replaced by an integer of the same size as harmless; the layout is indeed unchanged (compat agrees: no layout break), but the signedness flips, so compat warns with that risk.
//--- v1
enum mode { MODE_OFF, MODE_ON, MODE_AUTO };
struct dev { enum mode m; int id; };
int dev_mode(struct dev d) { return d.m + d.id; }
//--- v2
struct dev { int m; int id; };
int dev_mode(struct dev d) { return d.m + d.id; }
