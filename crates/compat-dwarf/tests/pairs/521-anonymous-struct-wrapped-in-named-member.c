// expect: info
// why: struct sprite is caller-allocated and filled (sprite_draw takes a pointer). v1 has an anonymous struct
// why: { float x, y; } after int id; v2 names it: struct { float x, y; } pos. The bytes are the same (x at 4, y at
// why: 8, 12 bytes in all), so binaries are unaffected; sources that wrote s.x must now write s.pos.x, an API
// why: change worth a line (the reverse of 198's flattening, which changes nothing a source sees).
// abidiff: 0 agree
//--- v1/sprite.h
struct sprite { int id; struct { float x, y; }; };
int sprite_draw(const struct sprite *s);
//--- v2/sprite.h
struct sprite { int id; struct { float x, y; } pos; };
int sprite_draw(const struct sprite *s);
//--- v1
#include "sprite.h"
int sprite_draw(const struct sprite *s) { return s->id + (int)(s->x + s->y); }
//--- v2
#include "sprite.h"
int sprite_draw(const struct sprite *s) { return s->id + (int)(s->pos.x + s->pos.y); }
