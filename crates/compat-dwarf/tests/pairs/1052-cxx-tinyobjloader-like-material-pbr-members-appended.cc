// expect: breaking
// why: tinyobj::LoadObj fills the caller's own std::vector<material_t> (std::vector<tinyobj::material_t> materials;
// why: LoadObj(&attrib, &materials, &err, path)). v2 appends PBR parameters to material_t (roughness, metallic, sheen
// why: and a roughness texture name), so the element grows: the library's push_back lays out elements with the new
// why: stride in a vector the old caller indexes, copies and destroys with the old one (and with an inline destructor
// why: that knows nothing of the new std::string member).
// abidiff: 4 agree
//--- v1/tiny_obj_loader.h
#include <string>
#include <vector>
namespace tinyobj {
struct material_t {
    std::string name;
    float ambient[3];
    float diffuse[3];
    float specular[3];
    float transmittance[3];
    float emission[3];
    float shininess;
    float ior;
    float dissolve;
    int illum;
    std::string diffuse_texname;
};
struct attrib_t {
    std::vector<float> vertices;
    std::vector<float> normals;
};
bool LoadObj(attrib_t *attrib, std::vector<material_t> *materials, std::string *err, const char *filename);
}
//--- v2/tiny_obj_loader.h
#include <string>
#include <vector>
namespace tinyobj {
struct material_t {
    std::string name;
    float ambient[3];
    float diffuse[3];
    float specular[3];
    float transmittance[3];
    float emission[3];
    float shininess;
    float ior;
    float dissolve;
    int illum;
    std::string diffuse_texname;
    float roughness;
    float metallic;
    float sheen;
    std::string roughness_texname;
};
struct attrib_t {
    std::vector<float> vertices;
    std::vector<float> normals;
};
bool LoadObj(attrib_t *attrib, std::vector<material_t> *materials, std::string *err, const char *filename);
}
//--- v1
#include "tiny_obj_loader.h"
namespace tinyobj {
bool LoadObj(attrib_t *attrib, std::vector<material_t> *materials, std::string *err, const char *filename) {
    if (!filename || !*filename) { if (err) *err = "Cannot open file"; return false; }
    attrib->vertices.assign({0.f, 0.f, 0.f, 1.f, 0.f, 0.f, 0.f, 1.f, 0.f});
    attrib->normals.assign({0.f, 0.f, 1.f});
    material_t m = {};
    m.name = "default";
    m.diffuse[0] = m.diffuse[1] = m.diffuse[2] = 0.8f;
    m.ior = 1.0f; m.dissolve = 1.0f; m.illum = 2;
    m.diffuse_texname = std::string(filename) + ".png";
    materials->push_back(m);
    return true;
}
}
//--- v2
#include "tiny_obj_loader.h"
namespace tinyobj {
bool LoadObj(attrib_t *attrib, std::vector<material_t> *materials, std::string *err, const char *filename) {
    if (!filename || !*filename) { if (err) *err = "Cannot open file"; return false; }
    attrib->vertices.assign({0.f, 0.f, 0.f, 1.f, 0.f, 0.f, 0.f, 1.f, 0.f});
    attrib->normals.assign({0.f, 0.f, 1.f});
    material_t m = {};
    m.name = "default";
    m.diffuse[0] = m.diffuse[1] = m.diffuse[2] = 0.8f;
    m.ior = 1.0f; m.dissolve = 1.0f; m.illum = 2;
    m.diffuse_texname = std::string(filename) + ".png";
    m.roughness = 0.5f; m.metallic = 0.0f;
    materials->push_back(m);
    return true;
}
}
