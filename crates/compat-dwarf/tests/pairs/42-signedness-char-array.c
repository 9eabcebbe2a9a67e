// expect: warning
// why: name changes from char[16] to unsigned char[16] in the by-value struct: same bytes at the same
// why: offsets; only comparisons of bytes above 127 change meaning.
// abidiff: 4 agree
//--- v1
struct tag { char name[16]; int len; };
int tag_len(struct tag t) { return t.len + t.name[0]; }
//--- v2
struct tag { unsigned char name[16]; int len; };
int tag_len(struct tag t) { return t.len + t.name[0]; }
