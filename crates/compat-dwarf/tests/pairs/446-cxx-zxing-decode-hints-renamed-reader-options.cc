// expect: breaking
// why: zxing-cpp 2.2 renames DecodeHints to ReaderOptions and keeps the old name for sources as an alias (using
// why: DecodeHints = ReaderOptions). The class keeps its layout, but the exported ReadBarcode and ReadBarcodes take
// why: const ReaderOptions &, and a class's name is part of the mangled name of every function taking it:
// why: _ZN5ZXing11ReadBarcodeERKNS_9ImageViewERKNS_11DecodeHintsE becomes ...ERKNS_13ReaderOptionsE. The alias
// why: keeps sources compiling, not binaries: old binaries reference the DecodeHints symbols, which v2 no longer
// why: exports.
// abidiff: 12 agree
//--- v1/ReadBarcode.h
#include <cstdint>
#include <string>
#include <vector>
namespace ZXing {
enum class BarcodeFormat : int { None = 0, Aztec = 1 << 0, Codabar = 1 << 1, Code128 = 1 << 4, DataMatrix = 1 << 5, EAN13 = 1 << 7, QRCode = 1 << 13, Any = 0xffff };
enum class ImageFormat : uint32_t { None = 0, Lum = 0x01000000, RGB = 0x03000102, BGR = 0x03020100 };
class ImageView {
public:
  ImageView(const uint8_t *data, int width, int height, ImageFormat format, int rowStride = 0, int pixStride = 0);
  int width() const { return _width; }
  int height() const { return _height; }
protected:
  const uint8_t *_data;
  ImageFormat _format;
  int _width, _height, _pixStride, _rowStride;
};
class DecodeHints {
public:
  DecodeHints() : _tryHarder(1), _tryRotate(1), _isPure(0), _formats(BarcodeFormat::Any) {}
  DecodeHints &setTryHarder(bool v) { _tryHarder = v; return *this; }
  DecodeHints &setFormats(BarcodeFormat f) { _formats = f; return *this; }
  bool tryHarder() const { return _tryHarder; }
  BarcodeFormat formats() const { return _formats; }
private:
  bool _tryHarder : 1;
  bool _tryRotate : 1;
  bool _isPure : 1;
  BarcodeFormat _formats;
};
class Result {
public:
  Result() = default;
  Result(std::string text, BarcodeFormat format) : _text(std::move(text)), _format(format) {}
  bool isValid() const { return _format != BarcodeFormat::None; }
  const std::string &text() const { return _text; }
  BarcodeFormat format() const { return _format; }
private:
  std::string _text;
  BarcodeFormat _format = BarcodeFormat::None;
};
Result ReadBarcode(const ImageView &buffer, const DecodeHints &hints = {});
std::vector<Result> ReadBarcodes(const ImageView &buffer, const DecodeHints &hints = {});
}
//--- v2/ReadBarcode.h
#include <cstdint>
#include <string>
#include <vector>
namespace ZXing {
enum class BarcodeFormat : int { None = 0, Aztec = 1 << 0, Codabar = 1 << 1, Code128 = 1 << 4, DataMatrix = 1 << 5, EAN13 = 1 << 7, QRCode = 1 << 13, Any = 0xffff };
enum class ImageFormat : uint32_t { None = 0, Lum = 0x01000000, RGB = 0x03000102, BGR = 0x03020100 };
class ImageView {
public:
  ImageView(const uint8_t *data, int width, int height, ImageFormat format, int rowStride = 0, int pixStride = 0);
  int width() const { return _width; }
  int height() const { return _height; }
protected:
  const uint8_t *_data;
  ImageFormat _format;
  int _width, _height, _pixStride, _rowStride;
};
class ReaderOptions {
public:
  ReaderOptions() : _tryHarder(1), _tryRotate(1), _isPure(0), _formats(BarcodeFormat::Any) {}
  ReaderOptions &setTryHarder(bool v) { _tryHarder = v; return *this; }
  ReaderOptions &setFormats(BarcodeFormat f) { _formats = f; return *this; }
  bool tryHarder() const { return _tryHarder; }
  BarcodeFormat formats() const { return _formats; }
private:
  bool _tryHarder : 1;
  bool _tryRotate : 1;
  bool _isPure : 1;
  BarcodeFormat _formats;
};
using DecodeHints = ReaderOptions;
class Result {
public:
  Result() = default;
  Result(std::string text, BarcodeFormat format) : _text(std::move(text)), _format(format) {}
  bool isValid() const { return _format != BarcodeFormat::None; }
  const std::string &text() const { return _text; }
  BarcodeFormat format() const { return _format; }
private:
  std::string _text;
  BarcodeFormat _format = BarcodeFormat::None;
};
Result ReadBarcode(const ImageView &buffer, const ReaderOptions &options = {});
std::vector<Result> ReadBarcodes(const ImageView &buffer, const ReaderOptions &options = {});
}
//--- v1
#include "ReadBarcode.h"
namespace ZXing {
ImageView::ImageView(const uint8_t *data, int width, int height, ImageFormat format, int rowStride, int pixStride)
  : _data(data), _format(format), _width(width), _height(height), _pixStride(pixStride ? pixStride : 1), _rowStride(rowStride ? rowStride : width) {}
std::vector<Result> ReadBarcodes(const ImageView &buffer, const DecodeHints &hints) {
  std::vector<Result> res;
  if (buffer.width() > 0 && buffer.height() > 0 && (static_cast<int>(hints.formats()) & static_cast<int>(BarcodeFormat::QRCode)))
    res.emplace_back("https://example.org", BarcodeFormat::QRCode);
  return res;
}
Result ReadBarcode(const ImageView &buffer, const DecodeHints &hints) {
  auto res = ReadBarcodes(buffer, hints);
  return res.empty() ? Result() : res.front();
}
}
//--- v2
#include "ReadBarcode.h"
namespace ZXing {
ImageView::ImageView(const uint8_t *data, int width, int height, ImageFormat format, int rowStride, int pixStride)
  : _data(data), _format(format), _width(width), _height(height), _pixStride(pixStride ? pixStride : 1), _rowStride(rowStride ? rowStride : width) {}
std::vector<Result> ReadBarcodes(const ImageView &buffer, const ReaderOptions &options) {
  std::vector<Result> res;
  if (buffer.width() > 0 && buffer.height() > 0 && (static_cast<int>(options.formats()) & static_cast<int>(BarcodeFormat::QRCode)))
    res.emplace_back("https://example.org", BarcodeFormat::QRCode);
  return res;
}
Result ReadBarcode(const ImageView &buffer, const ReaderOptions &options) {
  auto res = ReadBarcodes(buffer, options);
  return res.empty() ? Result() : res.front();
}
}
