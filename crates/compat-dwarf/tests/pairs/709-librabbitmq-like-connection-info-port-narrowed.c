// expect: breaking
// why: struct amqp_connection_info is allocated by the caller and filled by amqp_parse_url (no export hands one out).
// why: v2 narrows port from int to uint16_t; ssl keeps offset 36 through the padding, but the library now stores only
// why: two bytes of port, and old callers read four, the upper two whatever their stack held.
// abidiff: 4 agree
//--- v1/amqp.h
#include <stdint.h>
struct amqp_connection_info { char *user; char *password; char *host; char *vhost; int port; int ssl; };
int amqp_parse_url(char *url, struct amqp_connection_info *parsed);
//--- v2/amqp.h
#include <stdint.h>
struct amqp_connection_info { char *user; char *password; char *host; char *vhost; uint16_t port; int ssl; };
int amqp_parse_url(char *url, struct amqp_connection_info *parsed);
//--- v1
#include <string.h>
#include "amqp.h"
int amqp_parse_url(char *url, struct amqp_connection_info *p) { if (!url || !p) return -1; p->user = "guest"; p->password = "guest"; p->host = url; p->vhost = "/"; p->ssl = !strncmp(url, "amqps://", 8); p->port = p->ssl ? 5671 : 5672; return 0; }
//--- v2
#include <string.h>
#include "amqp.h"
int amqp_parse_url(char *url, struct amqp_connection_info *p) { if (!url || !p) return -1; p->user = "guest"; p->password = "guest"; p->host = url; p->vhost = "/"; p->ssl = !strncmp(url, "amqps://", 8); p->port = p->ssl ? 5671 : 5672; return 0; }
