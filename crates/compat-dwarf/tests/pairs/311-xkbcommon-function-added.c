// expect: info
// why: v2 adds xkb_keymap_key_get_mods_for_level (libxkbcommon 1.0); every existing function and the opaque
// why: keymap, defined only in the library's source, are unchanged. Adding a symbol is compatible.
// abidiff: 4 disagree: abidiff reports one added function, which is compatible (as in 220).
//--- v1/xkbcommon.h
#include <stddef.h>
#include <stdint.h>
typedef uint32_t xkb_keycode_t;
typedef uint32_t xkb_layout_index_t;
typedef uint32_t xkb_level_index_t;
typedef uint32_t xkb_mod_mask_t;
struct xkb_keymap;
struct xkb_keymap *xkb_keymap_new_empty(void);
xkb_level_index_t xkb_keymap_num_levels_for_key(struct xkb_keymap *keymap, xkb_keycode_t key, xkb_layout_index_t layout);
//--- v2/xkbcommon.h
#include <stddef.h>
#include <stdint.h>
typedef uint32_t xkb_keycode_t;
typedef uint32_t xkb_layout_index_t;
typedef uint32_t xkb_level_index_t;
typedef uint32_t xkb_mod_mask_t;
struct xkb_keymap;
struct xkb_keymap *xkb_keymap_new_empty(void);
xkb_level_index_t xkb_keymap_num_levels_for_key(struct xkb_keymap *keymap, xkb_keycode_t key, xkb_layout_index_t layout);
size_t xkb_keymap_key_get_mods_for_level(struct xkb_keymap *keymap, xkb_keycode_t key, xkb_layout_index_t layout, xkb_level_index_t level, xkb_mod_mask_t *masks_out, size_t masks_size);
//--- v1
#include <stdlib.h>
#include "xkbcommon.h"
struct xkb_keymap { xkb_keycode_t min_key, max_key; xkb_level_index_t levels[256]; };
struct xkb_keymap *xkb_keymap_new_empty(void) { struct xkb_keymap *k = calloc(1, sizeof *k); if (k) k->max_key = 255; return k; }
xkb_level_index_t xkb_keymap_num_levels_for_key(struct xkb_keymap *keymap, xkb_keycode_t key, xkb_layout_index_t layout) { return keymap && key <= keymap->max_key && layout == 0 ? keymap->levels[key] : 0; }
//--- v2
#include <stdlib.h>
#include "xkbcommon.h"
struct xkb_keymap { xkb_keycode_t min_key, max_key; xkb_level_index_t levels[256]; };
struct xkb_keymap *xkb_keymap_new_empty(void) { struct xkb_keymap *k = calloc(1, sizeof *k); if (k) k->max_key = 255; return k; }
xkb_level_index_t xkb_keymap_num_levels_for_key(struct xkb_keymap *keymap, xkb_keycode_t key, xkb_layout_index_t layout) { return keymap && key <= keymap->max_key && layout == 0 ? keymap->levels[key] : 0; }
size_t xkb_keymap_key_get_mods_for_level(struct xkb_keymap *keymap, xkb_keycode_t key, xkb_layout_index_t layout, xkb_level_index_t level, xkb_mod_mask_t *masks_out, size_t masks_size) {
  if (!keymap || key > keymap->max_key || layout != 0 || level >= keymap->levels[key] || !masks_out || masks_size == 0) return 0;
  masks_out[0] = 0; return 1;
}
