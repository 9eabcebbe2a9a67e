// expect: warning
// why: GifFileType is declared with its members in gif_lib.h, and consumers only get it from DGifOpenFileName, which
// why: allocates it (giflib 5 appended int Error after Private so errors stop going through a global). Every old
// why: member keeps its offset and the library owns the allocation; whether consumers read members such as SWidth
// why: or SavedImages through the pointer only the public headers can tell: undecided.
// abidiff: 4 agree
//--- v1/gif_lib.h
typedef unsigned char GifByteType;
typedef int GifWord;
typedef struct GifColorType { GifByteType Red, Green, Blue; } GifColorType;
typedef struct ColorMapObject { int ColorCount; int BitsPerPixel; int SortFlag; GifColorType *Colors; } ColorMapObject;
typedef struct GifFileType { GifWord SWidth, SHeight; GifWord SColorResolution; GifWord SBackGroundColor; GifByteType AspectByte; ColorMapObject *SColorMap; int ImageCount; void *SavedImages; void *UserData; void *Private; } GifFileType;
GifFileType *DGifOpenFileName(const char *GifFileName, int *Error);
int DGifSlurp(GifFileType *GifFile);
int DGifCloseFile(GifFileType *GifFile, int *ErrorCode);
//--- v2/gif_lib.h
typedef unsigned char GifByteType;
typedef int GifWord;
typedef struct GifColorType { GifByteType Red, Green, Blue; } GifColorType;
typedef struct ColorMapObject { int ColorCount; int BitsPerPixel; int SortFlag; GifColorType *Colors; } ColorMapObject;
typedef struct GifFileType { GifWord SWidth, SHeight; GifWord SColorResolution; GifWord SBackGroundColor; GifByteType AspectByte; ColorMapObject *SColorMap; int ImageCount; void *SavedImages; void *UserData; void *Private; int Error; } GifFileType;
GifFileType *DGifOpenFileName(const char *GifFileName, int *Error);
int DGifSlurp(GifFileType *GifFile);
int DGifCloseFile(GifFileType *GifFile, int *ErrorCode);
//--- v1
#include <stdlib.h>
#include "gif_lib.h"
GifFileType *DGifOpenFileName(const char *GifFileName, int *Error) { if (!GifFileName) { if (Error) *Error = 101; return 0; } GifFileType *g = calloc(1, sizeof *g); if (g) { g->SWidth = 320; g->SHeight = 200; } return g; }
int DGifSlurp(GifFileType *GifFile) { GifFile->ImageCount = 1; return 1; }
int DGifCloseFile(GifFileType *GifFile, int *ErrorCode) { if (ErrorCode) *ErrorCode = 0; free(GifFile); return 1; }
//--- v2
#include <stdlib.h>
#include "gif_lib.h"
GifFileType *DGifOpenFileName(const char *GifFileName, int *Error) { if (!GifFileName) { if (Error) *Error = 101; return 0; } GifFileType *g = calloc(1, sizeof *g); if (g) { g->SWidth = 320; g->SHeight = 200; } return g; }
int DGifSlurp(GifFileType *GifFile) { GifFile->ImageCount = 1; GifFile->Error = 0; return 1; }
int DGifCloseFile(GifFileType *GifFile, int *ErrorCode) { if (ErrorCode) *ErrorCode = GifFile->Error; free(GifFile); return 1; }
