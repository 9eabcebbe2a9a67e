// expect: breaking
// why: v2 drops audit_log_user_avc_message, deprecated for years; binaries linked against v1 that call it no longer
// why: load (an undefined symbol), whatever the other functions do.
// abidiff: 12 agree
//--- v1/libaudit.h
int audit_open(void);
int audit_log_user_message(int audit_fd, int type, const char *message, const char *hostname, const char *addr, const char *tty, int result);
int audit_log_user_avc_message(int audit_fd, int type, const char *message, const char *hostname, const char *addr, const char *tty, unsigned int uid);
//--- v2/libaudit.h
int audit_open(void);
int audit_log_user_message(int audit_fd, int type, const char *message, const char *hostname, const char *addr, const char *tty, int result);
//--- v1
#include <string.h>
#include "libaudit.h"
int audit_open(void) { return 3; }
int audit_log_user_message(int fd, int type, const char *message, const char *hostname, const char *addr, const char *tty, int result) { (void)hostname; (void)addr; (void)tty; return fd < 0 ? -1 : type + (int)strlen(message ? message : "") + result; }
int audit_log_user_avc_message(int fd, int type, const char *message, const char *hostname, const char *addr, const char *tty, unsigned int uid) { return audit_log_user_message(fd, type, message, hostname, addr, tty, (int)uid); }
//--- v2
#include <string.h>
#include "libaudit.h"
int audit_open(void) { return 3; }
int audit_log_user_message(int fd, int type, const char *message, const char *hostname, const char *addr, const char *tty, int result) { (void)hostname; (void)addr; (void)tty; return fd < 0 ? -1 : type + (int)strlen(message ? message : "") + result; }
