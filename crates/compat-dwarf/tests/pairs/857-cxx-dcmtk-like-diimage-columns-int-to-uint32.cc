// expect: warning
// why: DiImage's getColumns and getRows, virtual and called by consumers on the images that DiImage::create hands out,
// why: go from int to Uint32 results, and the protected Columns and Rows members with them. The return type is not
// why: part of the mangled name and the vtable and layout hold, but the results and members flip from signed to
// why: unsigned at the same size: a signedness change.
// abidiff: 4 agree
//--- v1/diimage.h
#include <cstdint>
#include <memory>
#include <string>
typedef uint32_t Uint32;
class DiImage {
public:
    explicit DiImage(int bitsAllocated);
    virtual ~DiImage();
    virtual void processNextFrames();
    virtual int getColumns() const;
    virtual int getRows() const;
    int getBits() const { return BitsAllocated; }
    static std::unique_ptr<DiImage> create(const std::string &filename);
protected:
    int Columns;
    int Rows;
private:
    int BitsAllocated;
};
//--- v2/diimage.h
#include <cstdint>
#include <memory>
#include <string>
typedef uint32_t Uint32;
class DiImage {
public:
    explicit DiImage(int bitsAllocated);
    virtual ~DiImage();
    virtual void processNextFrames();
    virtual Uint32 getColumns() const;
    virtual Uint32 getRows() const;
    int getBits() const { return BitsAllocated; }
    static std::unique_ptr<DiImage> create(const std::string &filename);
protected:
    Uint32 Columns;
    Uint32 Rows;
private:
    int BitsAllocated;
};
//--- v1
#include "diimage.h"
DiImage::DiImage(int bitsAllocated) : Columns(0), Rows(0), BitsAllocated(bitsAllocated) {}
DiImage::~DiImage() = default;
void DiImage::processNextFrames() { Columns = 512; Rows = 512; }
int DiImage::getColumns() const { return Columns; }
int DiImage::getRows() const { return Rows; }
std::unique_ptr<DiImage> DiImage::create(const std::string &filename) { if (filename.empty()) return nullptr; auto img = std::make_unique<DiImage>(filename.size() > 4 && filename.compare(filename.size() - 4, 4, ".dcm") == 0 ? 16 : 8); img->processNextFrames(); return img; }
//--- v2
#include "diimage.h"
DiImage::DiImage(int bitsAllocated) : Columns(0), Rows(0), BitsAllocated(bitsAllocated) {}
DiImage::~DiImage() = default;
void DiImage::processNextFrames() { Columns = 512; Rows = 512; }
Uint32 DiImage::getColumns() const { return Columns; }
Uint32 DiImage::getRows() const { return Rows; }
std::unique_ptr<DiImage> DiImage::create(const std::string &filename) { if (filename.empty()) return nullptr; auto img = std::make_unique<DiImage>(filename.size() > 4 && filename.compare(filename.size() - 4, 4, ".dcm") == 0 ? 16 : 8); img->processNextFrames(); return img; }
