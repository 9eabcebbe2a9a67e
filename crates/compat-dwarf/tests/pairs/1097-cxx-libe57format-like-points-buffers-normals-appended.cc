// expect: breaking
// why: e57::Data3DPointsData_t<COORDTYPE> is the caller's table of destination buffers: the application allocates
// why: one (Data3DPointsData buffers; buffers.cartesianX = xs; ...), sets the pointers it wants filled and passes it
// why: by const reference to Reader::ReadData3DPoints, which writes through every non-null pointer. libE57Format 3
// why: appends normalX, normalY and normalZ for the surface-normals extension: v2 reads three pointers past the end
// why: of an old caller's struct and writes point data through whatever they hold.
// abidiff: 4 agree
//--- v1/E57SimpleReader.h
#include <cstddef>
#include <cstdint>
#include <string>
namespace e57 {
template <typename COORDTYPE = float> struct Data3DPointsData_t {
    COORDTYPE *cartesianX = nullptr;
    COORDTYPE *cartesianY = nullptr;
    COORDTYPE *cartesianZ = nullptr;
    int8_t *cartesianInvalidState = nullptr;
    float *intensity = nullptr;
    int8_t *isIntensityInvalid = nullptr;
    uint16_t *colorRed = nullptr;
    uint16_t *colorGreen = nullptr;
    uint16_t *colorBlue = nullptr;
};
typedef Data3DPointsData_t<float> Data3DPointsData;
typedef Data3DPointsData_t<double> Data3DPointsData_d;
class Reader {
public:
    explicit Reader(const std::string &filePath);
    ~Reader();
    bool IsOpen() const;
    int64_t GetData3DCount() const;
    size_t ReadData3DPoints(int64_t dataIndex, size_t pointCount, const Data3DPointsData &buffers) const;
    size_t ReadData3DPoints(int64_t dataIndex, size_t pointCount, const Data3DPointsData_d &buffers) const;
private:
    std::string path_;
    int64_t scans_;
};
}
//--- v2/E57SimpleReader.h
#include <cstddef>
#include <cstdint>
#include <string>
namespace e57 {
template <typename COORDTYPE = float> struct Data3DPointsData_t {
    COORDTYPE *cartesianX = nullptr;
    COORDTYPE *cartesianY = nullptr;
    COORDTYPE *cartesianZ = nullptr;
    int8_t *cartesianInvalidState = nullptr;
    float *intensity = nullptr;
    int8_t *isIntensityInvalid = nullptr;
    uint16_t *colorRed = nullptr;
    uint16_t *colorGreen = nullptr;
    uint16_t *colorBlue = nullptr;
    float *normalX = nullptr;
    float *normalY = nullptr;
    float *normalZ = nullptr;
};
typedef Data3DPointsData_t<float> Data3DPointsData;
typedef Data3DPointsData_t<double> Data3DPointsData_d;
class Reader {
public:
    explicit Reader(const std::string &filePath);
    ~Reader();
    bool IsOpen() const;
    int64_t GetData3DCount() const;
    size_t ReadData3DPoints(int64_t dataIndex, size_t pointCount, const Data3DPointsData &buffers) const;
    size_t ReadData3DPoints(int64_t dataIndex, size_t pointCount, const Data3DPointsData_d &buffers) const;
private:
    std::string path_;
    int64_t scans_;
};
}
//--- v1
#include "E57SimpleReader.h"
namespace e57 {
Reader::Reader(const std::string &filePath) : path_(filePath), scans_(filePath.empty() ? 0 : 1) {}
Reader::~Reader() {}
bool Reader::IsOpen() const { return scans_ > 0; }
int64_t Reader::GetData3DCount() const { return scans_; }
template <typename T> static size_t fill(int64_t dataIndex, size_t n, const Data3DPointsData_t<T> &b) {
    for (size_t i = 0; i < n; i++) {
        if (b.cartesianX) b.cartesianX[i] = T(i); if (b.cartesianY) b.cartesianY[i] = T(dataIndex); if (b.cartesianZ) b.cartesianZ[i] = T(0);
        if (b.cartesianInvalidState) b.cartesianInvalidState[i] = 0;
        if (b.intensity) b.intensity[i] = 0.5f; if (b.isIntensityInvalid) b.isIntensityInvalid[i] = 0;
        if (b.colorRed) b.colorRed[i] = 255; if (b.colorGreen) b.colorGreen[i] = 255; if (b.colorBlue) b.colorBlue[i] = 255;
    }
    return n;
}
size_t Reader::ReadData3DPoints(int64_t dataIndex, size_t pointCount, const Data3DPointsData &buffers) const { return dataIndex < scans_ ? fill(dataIndex, pointCount, buffers) : 0; }
size_t Reader::ReadData3DPoints(int64_t dataIndex, size_t pointCount, const Data3DPointsData_d &buffers) const { return dataIndex < scans_ ? fill(dataIndex, pointCount, buffers) : 0; }
}
//--- v2
#include "E57SimpleReader.h"
namespace e57 {
Reader::Reader(const std::string &filePath) : path_(filePath), scans_(filePath.empty() ? 0 : 1) {}
Reader::~Reader() {}
bool Reader::IsOpen() const { return scans_ > 0; }
int64_t Reader::GetData3DCount() const { return scans_; }
template <typename T> static size_t fill(int64_t dataIndex, size_t n, const Data3DPointsData_t<T> &b) {
    for (size_t i = 0; i < n; i++) {
        if (b.cartesianX) b.cartesianX[i] = T(i); if (b.cartesianY) b.cartesianY[i] = T(dataIndex); if (b.cartesianZ) b.cartesianZ[i] = T(0);
        if (b.cartesianInvalidState) b.cartesianInvalidState[i] = 0;
        if (b.intensity) b.intensity[i] = 0.5f; if (b.isIntensityInvalid) b.isIntensityInvalid[i] = 0;
        if (b.colorRed) b.colorRed[i] = 255; if (b.colorGreen) b.colorGreen[i] = 255; if (b.colorBlue) b.colorBlue[i] = 255;
        if (b.normalX) b.normalX[i] = 0.0f; if (b.normalY) b.normalY[i] = 0.0f; if (b.normalZ) b.normalZ[i] = 1.0f;
    }
    return n;
}
size_t Reader::ReadData3DPoints(int64_t dataIndex, size_t pointCount, const Data3DPointsData &buffers) const { return dataIndex < scans_ ? fill(dataIndex, pointCount, buffers) : 0; }
size_t Reader::ReadData3DPoints(int64_t dataIndex, size_t pointCount, const Data3DPointsData_d &buffers) const { return dataIndex < scans_ ? fill(dataIndex, pointCount, buffers) : 0; }
}
