// expect: breaking
// why: ndpi_protocol is returned by value from ndpi_detection_process_packet and passed by value to ndpi_protocol2name.
// why: v2 inserts u_int16_t protocol_by_ip after app_protocol, so category moves from byte 4 to byte 8 and the struct
// why: grows from 8 to 12 bytes: it now comes back in %rax and %rdx, and an old caller reads the category from the
// why: bytes that now hold protocol_by_ip; passed by value it takes two registers, so every later argument of
// why: ndpi_protocol2name (the buffer and its length) shifts by one.
// abidiff: 4 agree
//--- v1/ndpi_api.h
#include <sys/types.h>
typedef enum { NDPI_PROTOCOL_CATEGORY_UNSPECIFIED = 0, NDPI_PROTOCOL_CATEGORY_MEDIA, NDPI_PROTOCOL_CATEGORY_VPN, NDPI_PROTOCOL_CATEGORY_MAIL, NDPI_PROTOCOL_CATEGORY_WEB = 5 } ndpi_protocol_category_t;
typedef struct ndpi_proto {
    u_int16_t master_protocol, app_protocol;
    ndpi_protocol_category_t category;
} ndpi_protocol;
struct ndpi_detection_module_struct;
struct ndpi_flow_struct;
struct ndpi_detection_module_struct *ndpi_init_detection_module(void);
ndpi_protocol ndpi_detection_process_packet(struct ndpi_detection_module_struct *ndpi_struct, struct ndpi_flow_struct *flow, const unsigned char *packet, const unsigned short packetlen, const u_int64_t packet_time_ms);
char *ndpi_protocol2name(struct ndpi_detection_module_struct *ndpi_mod, ndpi_protocol proto, char *buf, u_int buf_len);
//--- v2/ndpi_api.h
#include <sys/types.h>
typedef enum { NDPI_PROTOCOL_CATEGORY_UNSPECIFIED = 0, NDPI_PROTOCOL_CATEGORY_MEDIA, NDPI_PROTOCOL_CATEGORY_VPN, NDPI_PROTOCOL_CATEGORY_MAIL, NDPI_PROTOCOL_CATEGORY_WEB = 5 } ndpi_protocol_category_t;
typedef struct ndpi_proto {
    u_int16_t master_protocol, app_protocol;
    u_int16_t protocol_by_ip;
    ndpi_protocol_category_t category;
} ndpi_protocol;
struct ndpi_detection_module_struct;
struct ndpi_flow_struct;
struct ndpi_detection_module_struct *ndpi_init_detection_module(void);
ndpi_protocol ndpi_detection_process_packet(struct ndpi_detection_module_struct *ndpi_struct, struct ndpi_flow_struct *flow, const unsigned char *packet, const unsigned short packetlen, const u_int64_t packet_time_ms);
char *ndpi_protocol2name(struct ndpi_detection_module_struct *ndpi_mod, ndpi_protocol proto, char *buf, u_int buf_len);
//--- v1
#include <stdio.h>
#include <stdlib.h>
#include "ndpi_api.h"
struct ndpi_detection_module_struct { int num_protocols; const char *names[8]; };
struct ndpi_flow_struct { int packets; ndpi_protocol detected; };
struct ndpi_detection_module_struct *ndpi_init_detection_module(void) {
    struct ndpi_detection_module_struct *m = calloc(1, sizeof *m);
    if (m) { m->num_protocols = 3; m->names[0] = "Unknown"; m->names[1] = "HTTP"; m->names[2] = "TLS"; }
    return m;
}
ndpi_protocol ndpi_detection_process_packet(struct ndpi_detection_module_struct *ndpi_struct, struct ndpi_flow_struct *flow, const unsigned char *packet, const unsigned short packetlen, const u_int64_t packet_time_ms) {
    (void)ndpi_struct; (void)packet_time_ms;
    flow->packets++;
    if (packetlen > 4 && packet[0] == 'G') { flow->detected.app_protocol = 1; flow->detected.category = NDPI_PROTOCOL_CATEGORY_WEB; }
    else if (packetlen > 5 && packet[0] == 0x16) { flow->detected.app_protocol = 2; flow->detected.category = NDPI_PROTOCOL_CATEGORY_WEB; }
    return flow->detected;
}
char *ndpi_protocol2name(struct ndpi_detection_module_struct *ndpi_mod, ndpi_protocol proto, char *buf, u_int buf_len) {
    int a = proto.app_protocol < ndpi_mod->num_protocols ? proto.app_protocol : 0;
    if (proto.master_protocol && proto.master_protocol < ndpi_mod->num_protocols)
        snprintf(buf, buf_len, "%s.%s", ndpi_mod->names[proto.master_protocol], ndpi_mod->names[a]);
    else
        snprintf(buf, buf_len, "%s", ndpi_mod->names[a]);
    return buf;
}
//--- v2
#include <stdio.h>
#include <stdlib.h>
#include "ndpi_api.h"
struct ndpi_detection_module_struct { int num_protocols; const char *names[8]; };
struct ndpi_flow_struct { int packets; ndpi_protocol detected; };
struct ndpi_detection_module_struct *ndpi_init_detection_module(void) {
    struct ndpi_detection_module_struct *m = calloc(1, sizeof *m);
    if (m) { m->num_protocols = 3; m->names[0] = "Unknown"; m->names[1] = "HTTP"; m->names[2] = "TLS"; }
    return m;
}
ndpi_protocol ndpi_detection_process_packet(struct ndpi_detection_module_struct *ndpi_struct, struct ndpi_flow_struct *flow, const unsigned char *packet, const unsigned short packetlen, const u_int64_t packet_time_ms) {
    (void)ndpi_struct; (void)packet_time_ms;
    flow->packets++;
    if (packetlen > 4 && packet[0] == 'G') { flow->detected.app_protocol = 1; flow->detected.category = NDPI_PROTOCOL_CATEGORY_WEB; }
    else if (packetlen > 5 && packet[0] == 0x16) { flow->detected.app_protocol = 2; flow->detected.category = NDPI_PROTOCOL_CATEGORY_WEB; }
    flow->detected.protocol_by_ip = 0;
    return flow->detected;
}
char *ndpi_protocol2name(struct ndpi_detection_module_struct *ndpi_mod, ndpi_protocol proto, char *buf, u_int buf_len) {
    int a = proto.app_protocol < ndpi_mod->num_protocols ? proto.app_protocol : proto.protocol_by_ip;
    if (proto.master_protocol && proto.master_protocol < ndpi_mod->num_protocols)
        snprintf(buf, buf_len, "%s.%s", ndpi_mod->names[proto.master_protocol], ndpi_mod->names[a]);
    else
        snprintf(buf, buf_len, "%s", ndpi_mod->names[a]);
    return buf;
}
