// expect: info
// why: WebPWriterFunction, a member of the caller-allocated WebPPicture, takes const WebPPicture * instead of
// why: WebPPicture *: the callback still receives the same pointer in %rdx, so old writers work unchanged; the
// why: member keeps its size and offset. Only the pointee's qualifier changed (policy: info).
// abidiff: 4 disagree: abidiff reports the writer callback's third parameter changed to const WebPPicture *; the callback receives the same pointer and the member keeps its size and offset.
//--- v1/encode.h
#include <stddef.h>
#include <stdint.h>
typedef struct WebPPicture WebPPicture;
typedef int (*WebPWriterFunction)(const uint8_t *data, size_t data_size, WebPPicture *picture);
struct WebPPicture {
  int use_argb;
  int width, height;
  uint32_t *argb;
  WebPWriterFunction writer;
  void *custom_ptr;
};
int WebPPictureInit(WebPPicture *picture);
int WebPEncode(WebPPicture *picture);
//--- v2/encode.h
#include <stddef.h>
#include <stdint.h>
typedef struct WebPPicture WebPPicture;
typedef int (*WebPWriterFunction)(const uint8_t *data, size_t data_size, const WebPPicture *picture);
struct WebPPicture {
  int use_argb;
  int width, height;
  uint32_t *argb;
  WebPWriterFunction writer;
  void *custom_ptr;
};
int WebPPictureInit(WebPPicture *picture);
int WebPEncode(WebPPicture *picture);
//--- lib.c
#include <string.h>
#include "encode.h"
int WebPPictureInit(WebPPicture *picture) { if (!picture) return 0; memset(picture, 0, sizeof *picture); return 1; }
int WebPEncode(WebPPicture *picture) {
  static const uint8_t hdr[12] = { 'R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'E', 'B', 'P' };
  if (!picture || !picture->writer) return 0;
  return picture->writer(hdr, sizeof hdr, picture);
}
