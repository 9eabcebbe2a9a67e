// expect: warning
// why: ncnn::Option is a class of public data members that consumers construct (exported constructor) and set
// why: directly, usually as the Net's public member opt (net.opt.openmp_blocktime = 0). v2 declares
// why: openmp_blocktime unsigned int instead of int (a duration in ms is never negative): same size and offset, so
// why: the layout holds, but the member's signedness flips in a type consumers write, so the bits they store are
// why: read with another meaning (a same-size signedness change).
// abidiff: 4 agree
//--- v1/net.h
namespace ncnn {
class Allocator;
class Option {
public:
    Option();
    bool lightmode;
    int num_threads;
    Allocator *blob_allocator;
    Allocator *workspace_allocator;
    int openmp_blocktime;
    bool use_winograd_convolution;
    bool use_sgemm_convolution;
    bool use_packing_layout;
};
class Net {
public:
    Net();
    ~Net();
    int load_param(const char *protopath);
    int threads_in_use() const;
    Option opt;
private:
    int layer_count;
};
}
//--- v2/net.h
namespace ncnn {
class Allocator;
class Option {
public:
    Option();
    bool lightmode;
    int num_threads;
    Allocator *blob_allocator;
    Allocator *workspace_allocator;
    unsigned int openmp_blocktime;
    bool use_winograd_convolution;
    bool use_sgemm_convolution;
    bool use_packing_layout;
};
class Net {
public:
    Net();
    ~Net();
    int load_param(const char *protopath);
    int threads_in_use() const;
    Option opt;
private:
    int layer_count;
};
}
//--- lib.cc
#include <cstring>
#include "net.h"
namespace ncnn {
Option::Option() : lightmode(true), num_threads(4), blob_allocator(nullptr), workspace_allocator(nullptr), openmp_blocktime(20), use_winograd_convolution(true), use_sgemm_convolution(true), use_packing_layout(true) {}
Net::Net() : layer_count(0) {}
Net::~Net() {}
int Net::load_param(const char *protopath) { if (!protopath || !std::strstr(protopath, ".param")) return -1; layer_count = 8; return 0; }
int Net::threads_in_use() const { return opt.openmp_blocktime > 200 ? 1 : opt.num_threads; }
}
