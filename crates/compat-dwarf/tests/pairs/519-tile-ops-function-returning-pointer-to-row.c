// expect: none
// why: struct tile_ops is a table of callbacks the caller fills and registers. Its get_rows slot returned row_t *,
// why: with typedef int row_t[4], and took const tile_t *, with typedef struct tile tile_t; v2 spells the slot
// why: int (*(*get_rows)(const struct tile *))[4]: a pointer to a function returning a pointer to an array of 4
// why: ints, the same type three declarator levels down.
// abidiff: 0 agree
//--- v1/tile.h
typedef int row_t[4];
typedef struct tile tile_t;
struct tile_ops { row_t *(*get_rows)(const tile_t *t); int (*count)(const tile_t *t); };
int tile_register(const struct tile_ops *ops);
int tile_sum(const struct tile *t);
//--- v2/tile.h
struct tile;
struct tile_ops { int (*(*get_rows)(const struct tile *t))[4]; int (*count)(const struct tile *t); };
int tile_register(const struct tile_ops *ops);
int tile_sum(const struct tile *t);
//--- v1
#include "tile.h"
static struct tile_ops current;
int tile_register(const struct tile_ops *ops) { if (!ops->get_rows || !ops->count) return -1; current = *ops; return 0; }
int tile_sum(const struct tile *t) {
  row_t *rows = current.get_rows(t);
  int s = 0;
  for (int i = 0; i < current.count(t); i++) for (int j = 0; j < 4; j++) s += rows[i][j];
  return s;
}
//--- v2
#include "tile.h"
static struct tile_ops current;
int tile_register(const struct tile_ops *ops) { if (!ops->get_rows || !ops->count) return -1; current = *ops; return 0; }
int tile_sum(const struct tile *t) {
  int (*rows)[4] = current.get_rows(t);
  int s = 0;
  for (int i = 0; i < current.count(t); i++) for (int j = 0; j < 4; j++) s += rows[i][j];
  return s;
}
