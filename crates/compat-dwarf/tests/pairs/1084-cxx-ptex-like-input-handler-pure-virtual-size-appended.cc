// expect: breaking
// why: PtexInputHandler is the I/O interface applications implement (a class of pure virtuals) and hand to
// why: PtexCache::create or PtexTexture::open; the library calls open, seek, read, close and lastError through the
// why: application's vtable. v2 appends a pure virtual size(Handle), which the library now calls to validate the
// why: file: an application handler built against v1 has no such slot, so v2 calls whatever follows its vtable.
// abidiff: 12 agree
//--- v1/Ptexture.h
#include <cstddef>
#include <cstdint>
#include <string>
class PtexInputHandler {
protected:
    virtual ~PtexInputHandler() {}
public:
    typedef void *Handle;
    virtual Handle open(const char *path) = 0;
    virtual void seek(Handle handle, int64_t pos) = 0;
    virtual size_t read(void *buffer, size_t size, Handle handle) = 0;
    virtual bool close(Handle handle) = 0;
    virtual const char *lastError() = 0;
};
class PtexTexture {
public:
    static PtexTexture *open(const char *path, std::string &error, PtexInputHandler *handler = nullptr);
    int numFaces() const;
    void release();
private:
    PtexTexture(PtexInputHandler *io, PtexInputHandler::Handle fp, int faces);
    ~PtexTexture();
    PtexInputHandler *_io;
    PtexInputHandler::Handle _fp;
    int _numFaces;
};
//--- v2/Ptexture.h
#include <cstddef>
#include <cstdint>
#include <string>
class PtexInputHandler {
protected:
    virtual ~PtexInputHandler() {}
public:
    typedef void *Handle;
    virtual Handle open(const char *path) = 0;
    virtual void seek(Handle handle, int64_t pos) = 0;
    virtual size_t read(void *buffer, size_t size, Handle handle) = 0;
    virtual bool close(Handle handle) = 0;
    virtual const char *lastError() = 0;
    virtual int64_t size(Handle handle) = 0;
};
class PtexTexture {
public:
    static PtexTexture *open(const char *path, std::string &error, PtexInputHandler *handler = nullptr);
    int numFaces() const;
    void release();
private:
    PtexTexture(PtexInputHandler *io, PtexInputHandler::Handle fp, int faces);
    ~PtexTexture();
    PtexInputHandler *_io;
    PtexInputHandler::Handle _fp;
    int _numFaces;
};
//--- v1
#include <cstdio>
#include "Ptexture.h"
namespace {
class DefaultInputHandler : public PtexInputHandler {
public:
    Handle open(const char *path) override { return std::fopen(path, "rb"); }
    void seek(Handle h, int64_t pos) override { std::fseek(static_cast<FILE *>(h), (long)pos, SEEK_SET); }
    size_t read(void *buffer, size_t size, Handle h) override { return std::fread(buffer, size, 1, static_cast<FILE *>(h)) == 1 ? size : 0; }
    bool close(Handle h) override { return std::fclose(static_cast<FILE *>(h)) == 0; }
    const char *lastError() override { return "I/O error"; }
};
DefaultInputHandler defaultHandler;
}
PtexTexture::PtexTexture(PtexInputHandler *io, PtexInputHandler::Handle fp, int faces) : _io(io), _fp(fp), _numFaces(faces) {}
PtexTexture::~PtexTexture() { _io->close(_fp); }
PtexTexture *PtexTexture::open(const char *path, std::string &error, PtexInputHandler *handler) {
    PtexInputHandler *io = handler ? handler : &defaultHandler;
    PtexInputHandler::Handle fp = io->open(path);
    if (!fp) { error = io->lastError(); return nullptr; }
    char magic[4];
    if (io->read(magic, 4, fp) != 4 || magic[0] != 'P') { error = "not a ptex file"; io->close(fp); return nullptr; }
    int faces = 0;
    io->seek(fp, 8);
    io->read(&faces, sizeof faces, fp);
    return new PtexTexture(io, fp, faces);
}
int PtexTexture::numFaces() const { return _numFaces; }
void PtexTexture::release() { delete this; }
//--- v2
#include <cstdio>
#include "Ptexture.h"
namespace {
class DefaultInputHandler : public PtexInputHandler {
public:
    Handle open(const char *path) override { return std::fopen(path, "rb"); }
    void seek(Handle h, int64_t pos) override { std::fseek(static_cast<FILE *>(h), (long)pos, SEEK_SET); }
    size_t read(void *buffer, size_t size, Handle h) override { return std::fread(buffer, size, 1, static_cast<FILE *>(h)) == 1 ? size : 0; }
    bool close(Handle h) override { return std::fclose(static_cast<FILE *>(h)) == 0; }
    const char *lastError() override { return "I/O error"; }
    int64_t size(Handle h) override { FILE *f = static_cast<FILE *>(h); long here = std::ftell(f); std::fseek(f, 0, SEEK_END); long n = std::ftell(f); std::fseek(f, here, SEEK_SET); return n; }
};
DefaultInputHandler defaultHandler;
}
PtexTexture::PtexTexture(PtexInputHandler *io, PtexInputHandler::Handle fp, int faces) : _io(io), _fp(fp), _numFaces(faces) {}
PtexTexture::~PtexTexture() { _io->close(_fp); }
PtexTexture *PtexTexture::open(const char *path, std::string &error, PtexInputHandler *handler) {
    PtexInputHandler *io = handler ? handler : &defaultHandler;
    PtexInputHandler::Handle fp = io->open(path);
    if (!fp) { error = io->lastError(); return nullptr; }
    if (io->size(fp) < 64) { error = "file too short"; io->close(fp); return nullptr; }
    char magic[4];
    if (io->read(magic, 4, fp) != 4 || magic[0] != 'P') { error = "not a ptex file"; io->close(fp); return nullptr; }
    int faces = 0;
    io->seek(fp, 8);
    io->read(&faces, sizeof faces, fp);
    return new PtexTexture(io, fp, faces);
}
int PtexTexture::numFaces() const { return _numFaces; }
void PtexTexture::release() { delete this; }
