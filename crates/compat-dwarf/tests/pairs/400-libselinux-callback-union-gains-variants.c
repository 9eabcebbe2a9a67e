// expect: info
// why: union selinux_callback is passed and returned by value (selinux_set_callback(SELINUX_CB_LOG, cb),
// why: selinux_get_callback(type)). A libselinux release adds func_setenforce and func_policyload for the new
// why: SELINUX_CB_SETENFORCE and SELINUX_CB_POLICYLOAD types. Every variant is a function pointer, so the union
// why: keeps 8 bytes, 8-byte alignment and the INTEGER class: it still travels in %rsi and comes back in %rax, and
// why: old callers' variants are read as before: union members added within the same size (as in 112).
// abidiff: 0 agree
//--- v1/selinux.h
#include <stddef.h>
typedef unsigned short security_class_t;
#define SELINUX_CB_LOG 0
#define SELINUX_CB_AUDIT 1
#define SELINUX_CB_VALIDATE 2
union selinux_callback {
  int (*func_log)(int type, const char *fmt, ...);
  int (*func_audit)(void *auditdata, security_class_t cls, char *msgbuf, size_t msgbufsize);
  int (*func_validate)(char **ctx);
};
union selinux_callback selinux_get_callback(int type);
void selinux_set_callback(int type, union selinux_callback cb);
int selinux_status_updated(void);
//--- v2/selinux.h
#include <stddef.h>
typedef unsigned short security_class_t;
#define SELINUX_CB_LOG 0
#define SELINUX_CB_AUDIT 1
#define SELINUX_CB_VALIDATE 2
#define SELINUX_CB_SETENFORCE 3
#define SELINUX_CB_POLICYLOAD 4
union selinux_callback {
  int (*func_log)(int type, const char *fmt, ...);
  int (*func_audit)(void *auditdata, security_class_t cls, char *msgbuf, size_t msgbufsize);
  int (*func_validate)(char **ctx);
  int (*func_setenforce)(int enforcing);
  int (*func_policyload)(int seqno);
};
union selinux_callback selinux_get_callback(int type);
void selinux_set_callback(int type, union selinux_callback cb);
int selinux_status_updated(void);
//--- v1
#include "selinux.h"
static int default_log(int type, const char *fmt, ...) { (void)type; (void)fmt; return 0; }
static int default_audit(void *d, security_class_t c, char *b, size_t n) { (void)d; (void)c; if (n) b[0] = 0; return 0; }
static int default_validate(char **ctx) { return ctx && *ctx ? 0 : -1; }
static int (*selinux_log)(int, const char *, ...) = default_log;
static int (*selinux_audit)(void *, security_class_t, char *, size_t) = default_audit;
static int (*selinux_validate)(char **) = default_validate;
union selinux_callback selinux_get_callback(int type) {
  union selinux_callback cb = { 0 };
  switch (type) {
  case SELINUX_CB_LOG: cb.func_log = selinux_log; break;
  case SELINUX_CB_AUDIT: cb.func_audit = selinux_audit; break;
  case SELINUX_CB_VALIDATE: cb.func_validate = selinux_validate; break;
  }
  return cb;
}
void selinux_set_callback(int type, union selinux_callback cb) {
  switch (type) {
  case SELINUX_CB_LOG: selinux_log = cb.func_log; break;
  case SELINUX_CB_AUDIT: selinux_audit = cb.func_audit; break;
  case SELINUX_CB_VALIDATE: selinux_validate = cb.func_validate; break;
  }
}
int selinux_status_updated(void) { return selinux_log(2, "status %s", "unchanged"); }
//--- v2
#include "selinux.h"
static int default_log(int type, const char *fmt, ...) { (void)type; (void)fmt; return 0; }
static int default_audit(void *d, security_class_t c, char *b, size_t n) { (void)d; (void)c; if (n) b[0] = 0; return 0; }
static int default_validate(char **ctx) { return ctx && *ctx ? 0 : -1; }
static int (*selinux_log)(int, const char *, ...) = default_log;
static int (*selinux_audit)(void *, security_class_t, char *, size_t) = default_audit;
static int (*selinux_validate)(char **) = default_validate;
static int (*selinux_netlink_setenforce)(int) = 0;
static int (*selinux_netlink_policyload)(int) = 0;
static int enforcing = -1, seqno;
union selinux_callback selinux_get_callback(int type) {
  union selinux_callback cb = { 0 };
  switch (type) {
  case SELINUX_CB_LOG: cb.func_log = selinux_log; break;
  case SELINUX_CB_AUDIT: cb.func_audit = selinux_audit; break;
  case SELINUX_CB_VALIDATE: cb.func_validate = selinux_validate; break;
  case SELINUX_CB_SETENFORCE: cb.func_setenforce = selinux_netlink_setenforce; break;
  case SELINUX_CB_POLICYLOAD: cb.func_policyload = selinux_netlink_policyload; break;
  }
  return cb;
}
void selinux_set_callback(int type, union selinux_callback cb) {
  switch (type) {
  case SELINUX_CB_LOG: selinux_log = cb.func_log; break;
  case SELINUX_CB_AUDIT: selinux_audit = cb.func_audit; break;
  case SELINUX_CB_VALIDATE: selinux_validate = cb.func_validate; break;
  case SELINUX_CB_SETENFORCE: selinux_netlink_setenforce = cb.func_setenforce; break;
  case SELINUX_CB_POLICYLOAD: selinux_netlink_policyload = cb.func_policyload; break;
  }
}
int selinux_status_updated(void) {
  if (selinux_netlink_policyload) selinux_netlink_policyload(++seqno);
  if (selinux_netlink_setenforce && enforcing >= 0) selinux_netlink_setenforce(enforcing);
  return selinux_log(2, "status %s", "updated");
}
