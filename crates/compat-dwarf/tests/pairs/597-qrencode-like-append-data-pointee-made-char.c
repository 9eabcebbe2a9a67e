// expect: info
// why: QRinput_append's data parameter goes from const unsigned char * to const char *: the same pointer in the
// why: same register, the library reads the same bytes; only the pointee's signedness differs, an API change
// why: (round 4's policy: a pointer parameter whose pointee only changes signedness is info).
// abidiff: 4 disagree: abidiff reports the parameter type change; a pointer to bytes of the other signedness is passed and read the same way.
//--- v1/qrencode.h
typedef struct _QRinput QRinput;
typedef enum { QR_MODE_NUM = 0, QR_MODE_AN, QR_MODE_8 } QRencodeMode;
QRinput *QRinput_new(void);
int QRinput_append(QRinput *input, QRencodeMode mode, int size, const unsigned char *data);
//--- v2/qrencode.h
typedef struct _QRinput QRinput;
typedef enum { QR_MODE_NUM = 0, QR_MODE_AN, QR_MODE_8 } QRencodeMode;
QRinput *QRinput_new(void);
int QRinput_append(QRinput *input, QRencodeMode mode, int size, const char *data);
//--- v1
#include <stdlib.h>
#include "qrencode.h"
struct _QRinput { int total; unsigned sum; };
QRinput *QRinput_new(void) { return calloc(1, sizeof(QRinput)); }
int QRinput_append(QRinput *input, QRencodeMode mode, int size, const unsigned char *data) { (void)mode; for (int i = 0; i < size; i++) input->sum += (unsigned char)data[i]; input->total += size; return 0; }
//--- v2
#include <stdlib.h>
#include "qrencode.h"
struct _QRinput { int total; unsigned sum; };
QRinput *QRinput_new(void) { return calloc(1, sizeof(QRinput)); }
int QRinput_append(QRinput *input, QRencodeMode mode, int size, const char *data) { (void)mode; for (int i = 0; i < size; i++) input->sum += (unsigned char)data[i]; input->total += size; return 0; }
