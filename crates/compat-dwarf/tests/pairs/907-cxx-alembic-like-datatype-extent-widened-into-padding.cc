// expect: breaking
// why: Alembic::Util::DataType is a small value class consumers construct with its inline constructor
// why: (DataType(kFloat32POD, 3)), pass by value to the exported ArrayPropertyWriter::setDataType and call the exported
// why: DataType::getNumBytes on. v2 widens m_extent from uint8_t to uint32_t: it still starts at byte 4 and the class
// why: keeps 8 bytes and its INTEGER register, but an old consumer's inline constructor writes only byte 4 and leaves
// why: bytes 5 to 7 as padding (undefined), which v2 reads as the high bytes of the extent.
// abidiff: 4 agree
//--- v1/DataType.h
#include <cstddef>
#include <cstdint>
namespace Alembic { namespace Util {
enum PlainOldDataType { kBooleanPOD, kUint8POD, kInt8POD, kUint16POD, kInt16POD, kUint32POD, kInt32POD, kUint64POD, kInt64POD, kFloat16POD, kFloat32POD, kFloat64POD, kStringPOD, kWstringPOD, kNumPlainOldDataTypes, kUnknownPOD = 127 };
class DataType {
public:
    DataType() : m_pod(kUnknownPOD), m_extent(1) {}
    explicit DataType(PlainOldDataType iPod, uint8_t iExtent = 1) : m_pod(iPod), m_extent(iExtent) {}
    PlainOldDataType getPod() const { return m_pod; }
    uint8_t getExtent() const { return m_extent; }
    std::size_t getNumBytes() const;
private:
    PlainOldDataType m_pod;
    uint8_t m_extent;
};
class ArrayPropertyWriter {
public:
    ArrayPropertyWriter();
    void setDataType(DataType dt);
    std::size_t sampleBytes(std::size_t numElements) const;
private:
    DataType m_dataType;
};
} }
//--- v2/DataType.h
#include <cstddef>
#include <cstdint>
namespace Alembic { namespace Util {
enum PlainOldDataType { kBooleanPOD, kUint8POD, kInt8POD, kUint16POD, kInt16POD, kUint32POD, kInt32POD, kUint64POD, kInt64POD, kFloat16POD, kFloat32POD, kFloat64POD, kStringPOD, kWstringPOD, kNumPlainOldDataTypes, kUnknownPOD = 127 };
class DataType {
public:
    DataType() : m_pod(kUnknownPOD), m_extent(1) {}
    explicit DataType(PlainOldDataType iPod, uint32_t iExtent = 1) : m_pod(iPod), m_extent(iExtent) {}
    PlainOldDataType getPod() const { return m_pod; }
    uint32_t getExtent() const { return m_extent; }
    std::size_t getNumBytes() const;
private:
    PlainOldDataType m_pod;
    uint32_t m_extent;
};
class ArrayPropertyWriter {
public:
    ArrayPropertyWriter();
    void setDataType(DataType dt);
    std::size_t sampleBytes(std::size_t numElements) const;
private:
    DataType m_dataType;
};
} }
//--- v1
#include "DataType.h"
namespace Alembic { namespace Util {
static std::size_t podBytes(PlainOldDataType p) { static const unsigned char b[] = { 1, 1, 1, 2, 2, 4, 4, 8, 8, 2, 4, 8, 8, 8 }; return p < kNumPlainOldDataTypes ? b[p] : 0; }
std::size_t DataType::getNumBytes() const { return podBytes(m_pod) * m_extent; }
ArrayPropertyWriter::ArrayPropertyWriter() {}
void ArrayPropertyWriter::setDataType(DataType dt) { m_dataType = dt; }
std::size_t ArrayPropertyWriter::sampleBytes(std::size_t numElements) const { return numElements * m_dataType.getNumBytes(); }
} }
//--- v2
#include "DataType.h"
namespace Alembic { namespace Util {
static std::size_t podBytes(PlainOldDataType p) { static const unsigned char b[] = { 1, 1, 1, 2, 2, 4, 4, 8, 8, 2, 4, 8, 8, 8 }; return p < kNumPlainOldDataTypes ? b[p] : 0; }
std::size_t DataType::getNumBytes() const { return podBytes(m_pod) * m_extent; }
ArrayPropertyWriter::ArrayPropertyWriter() {}
void ArrayPropertyWriter::setDataType(DataType dt) { m_dataType = dt; }
std::size_t ArrayPropertyWriter::sampleBytes(std::size_t numElements) const { return numElements * m_dataType.getNumBytes(); }
} }
