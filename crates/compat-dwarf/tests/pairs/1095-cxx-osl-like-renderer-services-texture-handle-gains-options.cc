// expect: breaking
// why: OSL::RendererServices is the class renderers derive from and hand to ShadingSystem, which calls its virtuals.
// why: OSL 1.12 gives get_texture_handle a third parameter, const TextureOpt *options. The slot stays where it was,
// why: but the base implementation's symbol is now get_texture_handle(const std::string &, ShadingContext *, const
// why: TextureOpt *): a renderer built against v1 that did not override it has a vtable naming the old symbol, which
// why: v2 no longer defines, so it fails to load; one that did override it no longer overrides the new signature.
// abidiff: 12 agree
//--- v1/rendererservices.h
#include <string>
namespace OSL {
class ShadingContext;
class TextureSystem;
struct TextureOpt { int firstchannel; int subimage; float swidth, twidth; };
class RendererServices {
public:
    typedef void TextureHandle;
    explicit RendererServices(TextureSystem *texsys = nullptr);
    virtual ~RendererServices();
    virtual int supports(const std::string &feature) const;
    virtual bool get_matrix(ShadingContext *ctx, float *result, float time);
    virtual TextureHandle *get_texture_handle(const std::string &filename, ShadingContext *context);
    virtual bool good(TextureHandle *texture_handle);
protected:
    TextureSystem *m_texturesys;
};
class ShadingSystem {
public:
    explicit ShadingSystem(RendererServices *renderer);
    ~ShadingSystem();
    bool texture_ok(const std::string &filename, ShadingContext *ctx);
private:
    RendererServices *m_renderer;
};
}
//--- v2/rendererservices.h
#include <string>
namespace OSL {
class ShadingContext;
class TextureSystem;
struct TextureOpt { int firstchannel; int subimage; float swidth, twidth; };
class RendererServices {
public:
    typedef void TextureHandle;
    explicit RendererServices(TextureSystem *texsys = nullptr);
    virtual ~RendererServices();
    virtual int supports(const std::string &feature) const;
    virtual bool get_matrix(ShadingContext *ctx, float *result, float time);
    virtual TextureHandle *get_texture_handle(const std::string &filename, ShadingContext *context, const TextureOpt *options);
    virtual bool good(TextureHandle *texture_handle);
protected:
    TextureSystem *m_texturesys;
};
class ShadingSystem {
public:
    explicit ShadingSystem(RendererServices *renderer);
    ~ShadingSystem();
    bool texture_ok(const std::string &filename, ShadingContext *ctx);
private:
    RendererServices *m_renderer;
};
}
//--- v1
#include "rendererservices.h"
namespace OSL {
RendererServices::RendererServices(TextureSystem *texsys) : m_texturesys(texsys) {}
RendererServices::~RendererServices() {}
int RendererServices::supports(const std::string &feature) const { return feature == "OptiX" ? 0 : 0; }
bool RendererServices::get_matrix(ShadingContext *, float *result, float) { for (int i = 0; i < 16; i++) result[i] = (i % 5 == 0); return true; }
RendererServices::TextureHandle *RendererServices::get_texture_handle(const std::string &filename, ShadingContext *) { return filename.empty() ? nullptr : m_texturesys; }
bool RendererServices::good(TextureHandle *texture_handle) { return texture_handle != nullptr; }
ShadingSystem::ShadingSystem(RendererServices *renderer) : m_renderer(renderer) {}
ShadingSystem::~ShadingSystem() {}
bool ShadingSystem::texture_ok(const std::string &filename, ShadingContext *ctx) { return m_renderer->good(m_renderer->get_texture_handle(filename, ctx)); }
}
//--- v2
#include "rendererservices.h"
namespace OSL {
RendererServices::RendererServices(TextureSystem *texsys) : m_texturesys(texsys) {}
RendererServices::~RendererServices() {}
int RendererServices::supports(const std::string &feature) const { return feature == "OptiX" ? 0 : 0; }
bool RendererServices::get_matrix(ShadingContext *, float *result, float) { for (int i = 0; i < 16; i++) result[i] = (i % 5 == 0); return true; }
RendererServices::TextureHandle *RendererServices::get_texture_handle(const std::string &filename, ShadingContext *, const TextureOpt *options) { return filename.empty() || (options && options->subimage < 0) ? nullptr : m_texturesys; }
bool RendererServices::good(TextureHandle *texture_handle) { return texture_handle != nullptr; }
ShadingSystem::ShadingSystem(RendererServices *renderer) : m_renderer(renderer) {}
ShadingSystem::~ShadingSystem() {}
bool ShadingSystem::texture_ok(const std::string &filename, ShadingContext *ctx) { TextureOpt opt{0, 0, 1.0f, 1.0f}; return m_renderer->good(m_renderer->get_texture_handle(filename, ctx, &opt)); }
}
