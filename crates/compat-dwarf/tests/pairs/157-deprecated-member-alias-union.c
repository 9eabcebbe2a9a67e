// expect: info
// why: The caller-filled struct stream_info keeps its deprecated member codec_type in place and adds the new
// why: name media_type as an anonymous union over the same int: offsets, sizes and the struct's size are
// why: unchanged, so binaries are unaffected; the new spelling is an API change a reader should see.
// abidiff: 0 agree
//--- v1/stream.h
struct stream_info { int index; int codec_type; long long duration; };
int probe_stream(const char *url, struct stream_info *out);
//--- v2/stream.h
struct stream_info { int index; union { int codec_type; int media_type; }; long long duration; };
int probe_stream(const char *url, struct stream_info *out);
//--- v1
#include "stream.h"
int probe_stream(const char *url, struct stream_info *out) { out->index = 0; out->codec_type = url ? 1 : 0; out->duration = 0; return 0; }
//--- v2
#include "stream.h"
int probe_stream(const char *url, struct stream_info *out) { out->index = 0; out->media_type = url ? 1 : 0; out->duration = 0; return 0; }
