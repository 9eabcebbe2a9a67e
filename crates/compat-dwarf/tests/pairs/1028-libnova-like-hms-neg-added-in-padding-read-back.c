// expect: breaking
// why: struct ln_hms is the caller's own value (struct ln_hms hms = { 5, 30 }; hms.seconds = 12.5;), passed by pointer
// why: to ln_hms_to_deg and filled by ln_deg_to_hms; nothing hands one out. v2 adds unsigned short neg in the 4 bytes
// why: of padding after minutes, so size and offsets hold, but ln_hms_to_deg now negates the result when neg is set: a
// why: struct an old caller filled member by member has whatever was in that padding there, and converts to the wrong
// why: sign. A member added into the padding of a struct callers fill and hand in is read from bytes they never set.
// abidiff: 4 agree
// known-miss: info: compat reports neg, added into the padding after minutes, as compatible because no size or offset changes, but ln_hms_to_deg now reads it from structs old callers filled member by member and hand in, whose padding they never set, so the sign of the result depends on stack garbage (the convention of round 6's fix, a member added into the padding of a struct callers fill and hand in)
//--- v1/libnova.h
struct ln_hms {
    unsigned short hours;
    unsigned short minutes;
    double seconds;
};
void ln_deg_to_hms(double degrees, struct ln_hms *hms);
double ln_hms_to_deg(struct ln_hms *hms);
double ln_hms_to_rad(struct ln_hms *hms);
//--- v2/libnova.h
struct ln_hms {
    unsigned short hours;
    unsigned short minutes;
    unsigned short neg;
    double seconds;
};
void ln_deg_to_hms(double degrees, struct ln_hms *hms);
double ln_hms_to_deg(struct ln_hms *hms);
double ln_hms_to_rad(struct ln_hms *hms);
//--- v1
#include <math.h>
#include "libnova.h"
void ln_deg_to_hms(double degrees, struct ln_hms *hms) {
    double dtemp = fmod(degrees, 360.0);
    if (dtemp < 0.0) dtemp += 360.0;
    dtemp /= 15.0;
    hms->hours = (unsigned short)dtemp;
    dtemp = 60.0 * (dtemp - hms->hours);
    hms->minutes = (unsigned short)dtemp;
    hms->seconds = 60.0 * (dtemp - hms->minutes);
}
double ln_hms_to_deg(struct ln_hms *hms) { return (hms->hours + hms->minutes / 60.0 + hms->seconds / 3600.0) * 15.0; }
double ln_hms_to_rad(struct ln_hms *hms) { return ln_hms_to_deg(hms) * M_PI / 180.0; }
//--- v2
#include <math.h>
#include "libnova.h"
void ln_deg_to_hms(double degrees, struct ln_hms *hms) {
    double dtemp = fmod(degrees, 360.0);
    hms->neg = dtemp < 0.0;
    dtemp = fabs(dtemp) / 15.0;
    hms->hours = (unsigned short)dtemp;
    dtemp = 60.0 * (dtemp - hms->hours);
    hms->minutes = (unsigned short)dtemp;
    hms->seconds = 60.0 * (dtemp - hms->minutes);
}
double ln_hms_to_deg(struct ln_hms *hms) {
    double deg = (hms->hours + hms->minutes / 60.0 + hms->seconds / 3600.0) * 15.0;
    return hms->neg ? -deg : deg;
}
double ln_hms_to_rad(struct ln_hms *hms) { return ln_hms_to_deg(hms) * M_PI / 180.0; }
