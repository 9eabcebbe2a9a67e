// expect: info
// why: The DNS header struct is caller-allocated: callers fill it for dns_header_pack and get it filled by
// why: dns_header_unpack. v2 splits the reserved bit-field unsigned unused:3 into cd:1, ad:1 and unused:1 at the
// why: same three bits (as resolvers did for DNSSEC's AD and CD flags): every other field keeps its bits, the size
// why: holds, and an old caller's zeroed reserved bits read as cd = ad = 0. A reserved field put to use in place.
// abidiff: 4 disagree: abidiff reports the bit-field unused replaced by cd, ad and a narrower unused; they take the same three reserved bits, so the size and every other field of the caller-allocated header are unchanged.
//--- v1/dns_header.h
typedef struct {
    unsigned id :16;
    unsigned rd :1;
    unsigned tc :1;
    unsigned aa :1;
    unsigned opcode :4;
    unsigned qr :1;
    unsigned rcode :4;
    unsigned unused :3;
    unsigned ra :1;
    unsigned qdcount :16;
    unsigned ancount :16;
    unsigned nscount :16;
    unsigned arcount :16;
} dns_header;
int dns_header_pack(const dns_header *h, unsigned char wire[12]);
int dns_header_unpack(const unsigned char wire[12], dns_header *h);
//--- v2/dns_header.h
typedef struct {
    unsigned id :16;
    unsigned rd :1;
    unsigned tc :1;
    unsigned aa :1;
    unsigned opcode :4;
    unsigned qr :1;
    unsigned rcode :4;
    unsigned cd :1;
    unsigned ad :1;
    unsigned unused :1;
    unsigned ra :1;
    unsigned qdcount :16;
    unsigned ancount :16;
    unsigned nscount :16;
    unsigned arcount :16;
} dns_header;
int dns_header_pack(const dns_header *h, unsigned char wire[12]);
int dns_header_unpack(const unsigned char wire[12], dns_header *h);
//--- v1
#include "dns_header.h"
int dns_header_pack(const dns_header *h, unsigned char w[12]) {
    w[0] = h->id >> 8; w[1] = h->id & 0xff;
    w[2] = (unsigned char)(h->qr << 7 | h->opcode << 3 | h->aa << 2 | h->tc << 1 | h->rd);
    w[3] = (unsigned char)(h->ra << 7 | h->unused << 4 | h->rcode);
    w[4] = h->qdcount >> 8; w[5] = h->qdcount & 0xff; w[6] = h->ancount >> 8; w[7] = h->ancount & 0xff;
    w[8] = h->nscount >> 8; w[9] = h->nscount & 0xff; w[10] = h->arcount >> 8; w[11] = h->arcount & 0xff;
    return 12;
}
int dns_header_unpack(const unsigned char w[12], dns_header *h) {
    h->id = (unsigned)w[0] << 8 | w[1];
    h->qr = w[2] >> 7; h->opcode = (w[2] >> 3) & 15; h->aa = (w[2] >> 2) & 1; h->tc = (w[2] >> 1) & 1; h->rd = w[2] & 1;
    h->ra = w[3] >> 7; h->unused = (w[3] >> 4) & 7; h->rcode = w[3] & 15;
    h->qdcount = (unsigned)w[4] << 8 | w[5]; h->ancount = (unsigned)w[6] << 8 | w[7];
    h->nscount = (unsigned)w[8] << 8 | w[9]; h->arcount = (unsigned)w[10] << 8 | w[11];
    return 12;
}
//--- v2
#include "dns_header.h"
int dns_header_pack(const dns_header *h, unsigned char w[12]) {
    w[0] = h->id >> 8; w[1] = h->id & 0xff;
    w[2] = (unsigned char)(h->qr << 7 | h->opcode << 3 | h->aa << 2 | h->tc << 1 | h->rd);
    w[3] = (unsigned char)(h->ra << 7 | h->unused << 6 | h->ad << 5 | h->cd << 4 | h->rcode);
    w[4] = h->qdcount >> 8; w[5] = h->qdcount & 0xff; w[6] = h->ancount >> 8; w[7] = h->ancount & 0xff;
    w[8] = h->nscount >> 8; w[9] = h->nscount & 0xff; w[10] = h->arcount >> 8; w[11] = h->arcount & 0xff;
    return 12;
}
int dns_header_unpack(const unsigned char w[12], dns_header *h) {
    h->id = (unsigned)w[0] << 8 | w[1];
    h->qr = w[2] >> 7; h->opcode = (w[2] >> 3) & 15; h->aa = (w[2] >> 2) & 1; h->tc = (w[2] >> 1) & 1; h->rd = w[2] & 1;
    h->ra = w[3] >> 7; h->unused = (w[3] >> 6) & 1; h->ad = (w[3] >> 5) & 1; h->cd = (w[3] >> 4) & 1; h->rcode = w[3] & 15;
    h->qdcount = (unsigned)w[4] << 8 | w[5]; h->ancount = (unsigned)w[6] << 8 | w[7];
    h->nscount = (unsigned)w[8] << 8 | w[9]; h->arcount = (unsigned)w[10] << 8 | w[11];
    return 12;
}
