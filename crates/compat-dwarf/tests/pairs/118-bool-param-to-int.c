// expect: breaking
// why: sock_set_blocking's flag goes from bool (1 byte) to int (4 bytes): the x86-64 ABI defines only the
// why: low 8 bits of a bool argument, so the library may read garbage in bits 8-31 of old callers' %esi.
// abidiff: 4 agree
//--- v1/sock.h
#include <stdbool.h>
int sock_set_blocking(int fd, bool on);
//--- v2/sock.h
int sock_set_blocking(int fd, int on);
//--- v1
#include "sock.h"
int sock_set_blocking(int fd, bool on) { return on ? fd : -fd; }
//--- v2
#include "sock.h"
int sock_set_blocking(int fd, int on) { return on ? fd : -fd; }
