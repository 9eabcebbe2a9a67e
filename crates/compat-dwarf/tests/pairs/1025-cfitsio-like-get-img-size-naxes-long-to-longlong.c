// expect: info
// why: fits_get_img_size writes the image's axis lengths into the caller's array; v2 declares that array LONGLONG *
// why: (cfitsio's typedef of long long) instead of long *, as the ...ll variants do. On x86-64 long and long long are
// why: both 8-byte signed integers and a C symbol carries no types, so the library writes the same bytes into the same
// why: caller storage and old binaries are unaffected; but C sources passing a long array now get an incompatible
// why: pointer type, an API change worth reporting.
// abidiff: 4 disagree: long and long long have the same size and sign on x86-64; only the spelling of the pointee changed
//--- v1/fitsio.h
typedef long long LONGLONG;
typedef struct FITSfile FITSfile;
typedef struct { int HDUposition; FITSfile *Fptr; } fitsfile;
int fits_open_file(fitsfile **fptr, const char *filename, int iomode, int *status);
int fits_get_img_dim(fitsfile *fptr, int *naxis, int *status);
int fits_get_img_size(fitsfile *fptr, int nmax, long *naxes, int *status);
int fits_close_file(fitsfile *fptr, int *status);
//--- v2/fitsio.h
typedef long long LONGLONG;
typedef struct FITSfile FITSfile;
typedef struct { int HDUposition; FITSfile *Fptr; } fitsfile;
int fits_open_file(fitsfile **fptr, const char *filename, int iomode, int *status);
int fits_get_img_dim(fitsfile *fptr, int *naxis, int *status);
int fits_get_img_size(fitsfile *fptr, int nmax, LONGLONG *naxes, int *status);
int fits_close_file(fitsfile *fptr, int *status);
//--- v1
#include <stdlib.h>
#include "fitsio.h"
struct FITSfile { int naxis; LONGLONG naxes[999]; char name[256]; };
int fits_open_file(fitsfile **fptr, const char *filename, int iomode, int *status) {
    (void)filename; (void)iomode;
    if (*status) return *status;
    *fptr = calloc(1, sizeof **fptr);
    if (!*fptr) return *status = 113;
    (*fptr)->Fptr = calloc(1, sizeof(FITSfile));
    (*fptr)->Fptr->naxis = 2; (*fptr)->Fptr->naxes[0] = 1024; (*fptr)->Fptr->naxes[1] = 768;
    return 0;
}
int fits_get_img_dim(fitsfile *fptr, int *naxis, int *status) { if (*status) return *status; *naxis = fptr->Fptr->naxis; return 0; }
int fits_get_img_size(fitsfile *fptr, int nmax, long *naxes, int *status) {
    if (*status) return *status;
    for (int i = 0; i < nmax && i < fptr->Fptr->naxis; i++) naxes[i] = (long)fptr->Fptr->naxes[i];
    return 0;
}
int fits_close_file(fitsfile *fptr, int *status) { if (fptr) { free(fptr->Fptr); free(fptr); } return *status; }
//--- v2
#include <stdlib.h>
#include "fitsio.h"
struct FITSfile { int naxis; LONGLONG naxes[999]; char name[256]; };
int fits_open_file(fitsfile **fptr, const char *filename, int iomode, int *status) {
    (void)filename; (void)iomode;
    if (*status) return *status;
    *fptr = calloc(1, sizeof **fptr);
    if (!*fptr) return *status = 113;
    (*fptr)->Fptr = calloc(1, sizeof(FITSfile));
    (*fptr)->Fptr->naxis = 2; (*fptr)->Fptr->naxes[0] = 1024; (*fptr)->Fptr->naxes[1] = 768;
    return 0;
}
int fits_get_img_dim(fitsfile *fptr, int *naxis, int *status) { if (*status) return *status; *naxis = fptr->Fptr->naxis; return 0; }
int fits_get_img_size(fitsfile *fptr, int nmax, LONGLONG *naxes, int *status) {
    if (*status) return *status;
    for (int i = 0; i < nmax && i < fptr->Fptr->naxis; i++) naxes[i] = fptr->Fptr->naxes[i];
    return 0;
}
int fits_close_file(fitsfile *fptr, int *status) { if (fptr) { free(fptr->Fptr); free(fptr); } return *status; }
