// expect: breaking
// why: struct gpio_cfg is caller-allocated (gpio_configure takes a pointer; nothing hands one out). v1 overlays
// why: int debounce_us and float threshold in an anonymous union at byte 4; v2 drops the union and lays them out
// why: one after the other, so threshold moves from 4 to 8, flags from 8 to 12 and the struct grows from 12 to
// why: 16 bytes: the library reads an old caller's flags as the threshold and past its object.
// abidiff: 4 agree
//--- v1/gpio.h
struct gpio_cfg { int pin; union { int debounce_us; float threshold; }; unsigned flags; };
int gpio_configure(const struct gpio_cfg *cfg);
//--- v2/gpio.h
struct gpio_cfg { int pin; int debounce_us; float threshold; unsigned flags; };
int gpio_configure(const struct gpio_cfg *cfg);
//--- v1
#include "gpio.h"
int gpio_configure(const struct gpio_cfg *cfg) { return cfg->pin < 0 ? -1 : (int)(cfg->flags & 3) + (cfg->flags & 4 ? (int)cfg->threshold : cfg->debounce_us); }
//--- v2
#include "gpio.h"
int gpio_configure(const struct gpio_cfg *cfg) { return cfg->pin < 0 ? -1 : (int)(cfg->flags & 3) + (cfg->flags & 4 ? (int)cfg->threshold : cfg->debounce_us); }
