// expect: warning
// why: telnet_telopt_t is the entry of the option table callers build and pass to telnet_init, terminated by an
// why: entry whose telopt is -1. v2 makes telopt unsigned short (option codes are 0-255) and ends the table at
// why: 0xFFFF: the same two bytes at the same offset, and an old table's -1 has the bits of 0xFFFF, but the member's
// why: signedness flips in a type callers fill, so the bits the library reads mean something else (a same-size
// why: signedness change).
// abidiff: 4 agree
//--- v1/libtelnet.h
typedef struct telnet_t telnet_t;
typedef struct telnet_telopt_t {
    short telopt;
    unsigned char us;
    unsigned char him;
} telnet_telopt_t;
typedef void (*telnet_event_handler_t)(telnet_t *telnet, int event_type, const char *buffer, unsigned long size, void *user_data);
telnet_t *telnet_init(const telnet_telopt_t *telopts, telnet_event_handler_t eh, unsigned char flags, void *user_data);
int telnet_option_wanted(const telnet_t *telnet, unsigned char telopt);
void telnet_free(telnet_t *telnet);
//--- v2/libtelnet.h
typedef struct telnet_t telnet_t;
typedef struct telnet_telopt_t {
    unsigned short telopt;
    unsigned char us;
    unsigned char him;
} telnet_telopt_t;
typedef void (*telnet_event_handler_t)(telnet_t *telnet, int event_type, const char *buffer, unsigned long size, void *user_data);
telnet_t *telnet_init(const telnet_telopt_t *telopts, telnet_event_handler_t eh, unsigned char flags, void *user_data);
int telnet_option_wanted(const telnet_t *telnet, unsigned char telopt);
void telnet_free(telnet_t *telnet);
//--- v1
#include <stdlib.h>
#include "libtelnet.h"
struct telnet_t { const telnet_telopt_t *telopts; telnet_event_handler_t eh; void *ud; unsigned char flags; };
telnet_t *telnet_init(const telnet_telopt_t *telopts, telnet_event_handler_t eh, unsigned char flags, void *user_data) {
    telnet_t *t = calloc(1, sizeof *t); if (!t) return NULL;
    t->telopts = telopts; t->eh = eh; t->ud = user_data; t->flags = flags; return t;
}
int telnet_option_wanted(const telnet_t *telnet, unsigned char telopt) {
    int i;
    if (!telnet->telopts) return 0;
    for (i = 0; telnet->telopts[i].telopt != -1; ++i)
        if (telnet->telopts[i].telopt == telopt) return telnet->telopts[i].us == 251;
    return 0;
}
void telnet_free(telnet_t *telnet) { free(telnet); }
//--- v2
#include <stdlib.h>
#include "libtelnet.h"
struct telnet_t { const telnet_telopt_t *telopts; telnet_event_handler_t eh; void *ud; unsigned char flags; };
telnet_t *telnet_init(const telnet_telopt_t *telopts, telnet_event_handler_t eh, unsigned char flags, void *user_data) {
    telnet_t *t = calloc(1, sizeof *t); if (!t) return NULL;
    t->telopts = telopts; t->eh = eh; t->ud = user_data; t->flags = flags; return t;
}
int telnet_option_wanted(const telnet_t *telnet, unsigned char telopt) {
    int i;
    if (!telnet->telopts) return 0;
    for (i = 0; telnet->telopts[i].telopt != 0xFFFF; ++i)
        if (telnet->telopts[i].telopt == telopt) return telnet->telopts[i].us == 251;
    return 0;
}
void telnet_free(telnet_t *telnet) { free(telnet); }
