// expect: breaking
// why: struct spng_ihdr is caller-allocated (spng_get_ihdr fills it; spng_set_ihdr reads it). v2 widens
// why: interlace_method from uint8_t to uint16_t: it stays at byte 12 and the struct at 16 bytes (the second byte
// why: comes out of padding), but spng_set_ihdr now reads two bytes where old callers set one, the second being
// why: whatever their padding held: a member read with another size.
// abidiff: 4 agree
//--- v1/spng.h
#include <stdint.h>
struct spng_ihdr { uint32_t width; uint32_t height; uint8_t bit_depth; uint8_t color_type; uint8_t compression_method; uint8_t filter_method; uint8_t interlace_method; };
int spng_get_ihdr(int ctx, struct spng_ihdr *ihdr);
int spng_set_ihdr(int ctx, struct spng_ihdr *ihdr);
//--- v2/spng.h
#include <stdint.h>
struct spng_ihdr { uint32_t width; uint32_t height; uint8_t bit_depth; uint8_t color_type; uint8_t compression_method; uint8_t filter_method; uint16_t interlace_method; };
int spng_get_ihdr(int ctx, struct spng_ihdr *ihdr);
int spng_set_ihdr(int ctx, struct spng_ihdr *ihdr);
//--- v1
#include "spng.h"
static struct spng_ihdr cur;
int spng_get_ihdr(int ctx, struct spng_ihdr *ihdr) { (void)ctx; *ihdr = cur; return 0; }
int spng_set_ihdr(int ctx, struct spng_ihdr *ihdr) { (void)ctx; if (ihdr->interlace_method > 1) return 22; cur = *ihdr; return 0; }
//--- v2
#include "spng.h"
static struct spng_ihdr cur;
int spng_get_ihdr(int ctx, struct spng_ihdr *ihdr) { (void)ctx; *ihdr = cur; return 0; }
int spng_set_ihdr(int ctx, struct spng_ihdr *ihdr) { (void)ctx; if (ihdr->interlace_method > 1) return 22; cur = *ihdr; return 0; }
