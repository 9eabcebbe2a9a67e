// expect: warning
// why: libfreenect2::Frame is a public class with an exported constructor: applications allocate frames themselves
// why: (Frame undistorted(512, 424, 4);) and read its public members, and listeners receive the library's frames.
// why: v2 makes status an int32_t instead of uint32_t so decoders can report negative error codes: same size, same
// why: offset, nothing moves, but an old application testing status > 0 or comparing it with an unsigned code now
// why: reads a negative error as a huge positive value or the reverse. A same-size signedness change of a member.
// abidiff: 4 agree
//--- v1/frame_listener.h
#include <cstddef>
#include <cstdint>
namespace libfreenect2 {
class Frame {
public:
    enum Type { Color = 1, Ir = 2, Depth = 4 };
    enum Format { Invalid = 0, Raw = 1, Float = 2, BGRX = 4, RGBX = 5, Gray = 6 };
    size_t width;
    size_t height;
    size_t bytes_per_pixel;
    unsigned char *data;
    uint32_t timestamp;
    uint32_t sequence;
    float exposure;
    float gain;
    float gamma;
    uint32_t status;
    Format format;
    Frame(size_t width, size_t height, size_t bytes_per_pixel, unsigned char *data_ = nullptr);
    virtual ~Frame();
protected:
    unsigned char *rawdata;
};
class FrameListener {
public:
    virtual ~FrameListener();
    virtual bool onNewFrame(Frame::Type type, Frame *frame) = 0;
};
bool deliverTestFrame(FrameListener *listener, uint32_t status);
}
//--- v2/frame_listener.h
#include <cstddef>
#include <cstdint>
namespace libfreenect2 {
class Frame {
public:
    enum Type { Color = 1, Ir = 2, Depth = 4 };
    enum Format { Invalid = 0, Raw = 1, Float = 2, BGRX = 4, RGBX = 5, Gray = 6 };
    size_t width;
    size_t height;
    size_t bytes_per_pixel;
    unsigned char *data;
    uint32_t timestamp;
    uint32_t sequence;
    float exposure;
    float gain;
    float gamma;
    int32_t status;
    Format format;
    Frame(size_t width, size_t height, size_t bytes_per_pixel, unsigned char *data_ = nullptr);
    virtual ~Frame();
protected:
    unsigned char *rawdata;
};
class FrameListener {
public:
    virtual ~FrameListener();
    virtual bool onNewFrame(Frame::Type type, Frame *frame) = 0;
};
bool deliverTestFrame(FrameListener *listener, uint32_t status);
}
//--- v1
#include "frame_listener.h"
namespace libfreenect2 {
Frame::Frame(size_t w, size_t h, size_t bpp, unsigned char *data_) : width(w), height(h), bytes_per_pixel(bpp), data(data_), timestamp(0), sequence(0), exposure(0), gain(0), gamma(0), status(0), format(Invalid), rawdata(nullptr) {
    if (!data) { rawdata = new unsigned char[w * h * bpp]; data = rawdata; }
}
Frame::~Frame() { delete[] rawdata; }
FrameListener::~FrameListener() {}
bool deliverTestFrame(FrameListener *listener, uint32_t status) {
    Frame *f = new Frame(4, 4, 4);
    f->status = status; f->format = Frame::BGRX;
    if (!listener->onNewFrame(Frame::Color, f)) { delete f; return false; }
    return true;
}
}
//--- v2
#include "frame_listener.h"
namespace libfreenect2 {
Frame::Frame(size_t w, size_t h, size_t bpp, unsigned char *data_) : width(w), height(h), bytes_per_pixel(bpp), data(data_), timestamp(0), sequence(0), exposure(0), gain(0), gamma(0), status(0), format(Invalid), rawdata(nullptr) {
    if (!data) { rawdata = new unsigned char[w * h * bpp]; data = rawdata; }
}
Frame::~Frame() { delete[] rawdata; }
FrameListener::~FrameListener() {}
bool deliverTestFrame(FrameListener *listener, uint32_t status) {
    Frame *f = new Frame(4, 4, 4);
    f->status = static_cast<int32_t>(status); f->format = Frame::BGRX;
    if (!listener->onNewFrame(Frame::Color, f)) { delete f; return false; }
    return true;
}
}
