// expect: info
// why: VdpOutputSurfaceRenderBlendState is filled by callers and passed by const pointer to the render function;
// why: its first member struct_version is set by callers to VDP_OUTPUT_SURFACE_RENDER_BLEND_STATE_VERSION, and the
// why: library rejects versions it does not know. v2 bumps the version to 1 and appends uint32_t blend_flags, which
// why: it reads only when the caller's struct_version is at least 1: an old caller's 44-byte struct (version 0) is
// why: never read past its end, so binaries are unaffected; the extension is an API addition a reader should know.
// abidiff: 4 disagree: the struct grows at its end, but the library reads blend_flags only when the caller's struct_version says it is there.
//--- v1/vdpau.h
#include <stdint.h>
typedef uint32_t VdpOutputSurface;
typedef int VdpStatus;
typedef struct { uint32_t x0, y0, x1, y1; } VdpRect;
typedef struct { float red, green, blue, alpha; } VdpColor;
typedef enum { VDP_BLEND_FACTOR_ZERO, VDP_BLEND_FACTOR_ONE, VDP_BLEND_FACTOR_SRC_ALPHA, VDP_BLEND_FACTOR_ONE_MINUS_SRC_ALPHA } VdpOutputSurfaceRenderBlendFactor;
typedef enum { VDP_BLEND_EQUATION_SUBTRACT, VDP_BLEND_EQUATION_ADD, VDP_BLEND_EQUATION_MIN, VDP_BLEND_EQUATION_MAX } VdpOutputSurfaceRenderBlendEquation;
#define VDP_OUTPUT_SURFACE_RENDER_BLEND_STATE_VERSION 0
typedef struct {
    uint32_t struct_version;
    VdpOutputSurfaceRenderBlendFactor blend_factor_source_color;
    VdpOutputSurfaceRenderBlendFactor blend_factor_destination_color;
    VdpOutputSurfaceRenderBlendFactor blend_factor_source_alpha;
    VdpOutputSurfaceRenderBlendFactor blend_factor_destination_alpha;
    VdpOutputSurfaceRenderBlendEquation blend_equation_color;
    VdpOutputSurfaceRenderBlendEquation blend_equation_alpha;
    VdpColor blend_constant;
} VdpOutputSurfaceRenderBlendState;
VdpStatus vdp_output_surface_render_output_surface(VdpOutputSurface destination_surface, const VdpRect *destination_rect,
    VdpOutputSurface source_surface, const VdpRect *source_rect, const VdpColor *colors,
    const VdpOutputSurfaceRenderBlendState *blend_state, uint32_t flags);
//--- v2/vdpau.h
#include <stdint.h>
typedef uint32_t VdpOutputSurface;
typedef int VdpStatus;
typedef struct { uint32_t x0, y0, x1, y1; } VdpRect;
typedef struct { float red, green, blue, alpha; } VdpColor;
typedef enum { VDP_BLEND_FACTOR_ZERO, VDP_BLEND_FACTOR_ONE, VDP_BLEND_FACTOR_SRC_ALPHA, VDP_BLEND_FACTOR_ONE_MINUS_SRC_ALPHA } VdpOutputSurfaceRenderBlendFactor;
typedef enum { VDP_BLEND_EQUATION_SUBTRACT, VDP_BLEND_EQUATION_ADD, VDP_BLEND_EQUATION_MIN, VDP_BLEND_EQUATION_MAX } VdpOutputSurfaceRenderBlendEquation;
#define VDP_OUTPUT_SURFACE_RENDER_BLEND_STATE_VERSION 1
#define VDP_BLEND_FLAG_PREMULTIPLIED (1u << 0)
typedef struct {
    uint32_t struct_version;
    VdpOutputSurfaceRenderBlendFactor blend_factor_source_color;
    VdpOutputSurfaceRenderBlendFactor blend_factor_destination_color;
    VdpOutputSurfaceRenderBlendFactor blend_factor_source_alpha;
    VdpOutputSurfaceRenderBlendFactor blend_factor_destination_alpha;
    VdpOutputSurfaceRenderBlendEquation blend_equation_color;
    VdpOutputSurfaceRenderBlendEquation blend_equation_alpha;
    VdpColor blend_constant;
    /* Since struct_version 1. */
    uint32_t blend_flags;
} VdpOutputSurfaceRenderBlendState;
VdpStatus vdp_output_surface_render_output_surface(VdpOutputSurface destination_surface, const VdpRect *destination_rect,
    VdpOutputSurface source_surface, const VdpRect *source_rect, const VdpColor *colors,
    const VdpOutputSurfaceRenderBlendState *blend_state, uint32_t flags);
//--- v1
#include "vdpau.h"
static float last_alpha;
VdpStatus vdp_output_surface_render_output_surface(VdpOutputSurface destination_surface, const VdpRect *destination_rect,
    VdpOutputSurface source_surface, const VdpRect *source_rect, const VdpColor *colors,
    const VdpOutputSurfaceRenderBlendState *blend_state, uint32_t flags) {
    (void)destination_rect; (void)source_rect; (void)colors; (void)flags;
    if (destination_surface == 0 || source_surface == 0) return 3;
    if (blend_state) {
        if (blend_state->struct_version > VDP_OUTPUT_SURFACE_RENDER_BLEND_STATE_VERSION) return 22;
        last_alpha = blend_state->blend_factor_source_alpha == VDP_BLEND_FACTOR_SRC_ALPHA ? blend_state->blend_constant.alpha : 1.0f;
    }
    return 0;
}
//--- v2
#include "vdpau.h"
static float last_alpha;
static uint32_t last_flags;
VdpStatus vdp_output_surface_render_output_surface(VdpOutputSurface destination_surface, const VdpRect *destination_rect,
    VdpOutputSurface source_surface, const VdpRect *source_rect, const VdpColor *colors,
    const VdpOutputSurfaceRenderBlendState *blend_state, uint32_t flags) {
    (void)destination_rect; (void)source_rect; (void)colors; (void)flags;
    if (destination_surface == 0 || source_surface == 0) return 3;
    if (blend_state) {
        if (blend_state->struct_version > VDP_OUTPUT_SURFACE_RENDER_BLEND_STATE_VERSION) return 22;
        last_alpha = blend_state->blend_factor_source_alpha == VDP_BLEND_FACTOR_SRC_ALPHA ? blend_state->blend_constant.alpha : 1.0f;
        last_flags = blend_state->struct_version >= 1 ? blend_state->blend_flags : 0;
    }
    return 0;
}
