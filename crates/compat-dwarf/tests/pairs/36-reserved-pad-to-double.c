// expect: breaking
// why: char pad[8] at byte 4 looks like room for a double, but a double is 8-aligned: it lands at byte 8,
// why: and the caller-allocated struct grows from 12 to 16 bytes and from 4- to 8-byte alignment.
// abidiff: 4 agree
//--- v1
struct sample { int id; char pad[8]; };
int sample_id(const struct sample *s) { return s->id; }
//--- v2
struct sample { int id; double value; };
int sample_id(const struct sample *s) { return s->id + (int)s->value; }
