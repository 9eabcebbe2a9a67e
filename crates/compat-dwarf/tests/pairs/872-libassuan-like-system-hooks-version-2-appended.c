// expect: info
// why: struct assuan_system_hooks is a table of system-call hooks callers fill and pass to assuan_set_system_hooks,
// why: which copies it; its first member is the version the caller compiled against (ASSUAN_SYSTEM_HOOKS_VERSION).
// why: v2 bumps the version to 2 and appends the socket and connect hooks: the library copies them only when the
// why: caller's table says version 2 or later, so it never reads past an old caller's shorter table, and every old
// why: member keeps its offset.
// abidiff: 4 disagree: abidiff reports the struct grown by two members, but v2 reads them only from tables whose version member says they are there, as the version member is meant for.
//--- assuan-base.h
#include <sys/types.h>
#include <sys/socket.h>
typedef struct assuan_context_s *assuan_context_t;
typedef int assuan_fd_t;
typedef unsigned int gpg_error_t;
gpg_error_t assuan_new(assuan_context_t *ctx);
void assuan_release(assuan_context_t ctx);
//--- v1/assuan.h
#define ASSUAN_SYSTEM_HOOKS_VERSION 1
struct assuan_system_hooks {
    int version;
    void (*usleep)(assuan_context_t ctx, unsigned int usec);
    int (*pipe)(assuan_context_t ctx, assuan_fd_t fd[2], int inherit_idx);
    int (*close)(assuan_context_t ctx, assuan_fd_t fd);
    ssize_t (*read)(assuan_context_t ctx, assuan_fd_t fd, void *buffer, size_t size);
    ssize_t (*write)(assuan_context_t ctx, assuan_fd_t fd, const void *buffer, size_t size);
    int (*recvmsg)(assuan_context_t ctx, assuan_fd_t fd, struct msghdr *msg, int flags);
    int (*sendmsg)(assuan_context_t ctx, assuan_fd_t fd, const struct msghdr *msg, int flags);
    pid_t (*waitpid)(assuan_context_t ctx, pid_t pid, int action, int *status, int options);
    int (*socketpair)(assuan_context_t ctx, int _namespace, int style, int protocol, assuan_fd_t filedes[2]);
};
typedef struct assuan_system_hooks *assuan_system_hooks_t;
void assuan_set_system_hooks(assuan_system_hooks_t system_hooks);
int assuan_hooks_version(void);
//--- v2/assuan.h
#define ASSUAN_SYSTEM_HOOKS_VERSION 2
struct assuan_system_hooks {
    int version;
    void (*usleep)(assuan_context_t ctx, unsigned int usec);
    int (*pipe)(assuan_context_t ctx, assuan_fd_t fd[2], int inherit_idx);
    int (*close)(assuan_context_t ctx, assuan_fd_t fd);
    ssize_t (*read)(assuan_context_t ctx, assuan_fd_t fd, void *buffer, size_t size);
    ssize_t (*write)(assuan_context_t ctx, assuan_fd_t fd, const void *buffer, size_t size);
    int (*recvmsg)(assuan_context_t ctx, assuan_fd_t fd, struct msghdr *msg, int flags);
    int (*sendmsg)(assuan_context_t ctx, assuan_fd_t fd, const struct msghdr *msg, int flags);
    pid_t (*waitpid)(assuan_context_t ctx, pid_t pid, int action, int *status, int options);
    int (*socketpair)(assuan_context_t ctx, int _namespace, int style, int protocol, assuan_fd_t filedes[2]);
    assuan_fd_t (*socket)(assuan_context_t ctx, int _namespace, int style, int protocol);
    int (*connect)(assuan_context_t ctx, assuan_fd_t sock, struct sockaddr *addr, socklen_t length);
};
typedef struct assuan_system_hooks *assuan_system_hooks_t;
void assuan_set_system_hooks(assuan_system_hooks_t system_hooks);
int assuan_hooks_version(void);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "assuan-base.h"
#include "assuan.h"
struct assuan_context_s { int flags; struct assuan_system_hooks system; };
static struct assuan_system_hooks global_hooks;
void assuan_set_system_hooks(assuan_system_hooks_t system_hooks) {
    if (!system_hooks || system_hooks->version < 1) return;
    global_hooks.version = ASSUAN_SYSTEM_HOOKS_VERSION;
    global_hooks.usleep = system_hooks->usleep; global_hooks.pipe = system_hooks->pipe; global_hooks.close = system_hooks->close;
    global_hooks.read = system_hooks->read; global_hooks.write = system_hooks->write; global_hooks.recvmsg = system_hooks->recvmsg;
    global_hooks.sendmsg = system_hooks->sendmsg; global_hooks.waitpid = system_hooks->waitpid; global_hooks.socketpair = system_hooks->socketpair;
}
int assuan_hooks_version(void) { return global_hooks.version; }
gpg_error_t assuan_new(assuan_context_t *ctx) { struct assuan_context_s *c = calloc(1, sizeof *c); if (!c) return 86; c->system = global_hooks; *ctx = c; return 0; }
void assuan_release(assuan_context_t ctx) { free(ctx); }
//--- v2
#include <stdlib.h>
#include <string.h>
#include "assuan-base.h"
#include "assuan.h"
struct assuan_context_s { int flags; struct assuan_system_hooks system; };
static struct assuan_system_hooks global_hooks;
void assuan_set_system_hooks(assuan_system_hooks_t system_hooks) {
    if (!system_hooks || system_hooks->version < 1) return;
    global_hooks.version = ASSUAN_SYSTEM_HOOKS_VERSION;
    global_hooks.usleep = system_hooks->usleep; global_hooks.pipe = system_hooks->pipe; global_hooks.close = system_hooks->close;
    global_hooks.read = system_hooks->read; global_hooks.write = system_hooks->write; global_hooks.recvmsg = system_hooks->recvmsg;
    global_hooks.sendmsg = system_hooks->sendmsg; global_hooks.waitpid = system_hooks->waitpid; global_hooks.socketpair = system_hooks->socketpair;
    if (system_hooks->version >= 2) { global_hooks.socket = system_hooks->socket; global_hooks.connect = system_hooks->connect; }
    else { global_hooks.socket = 0; global_hooks.connect = 0; }
}
int assuan_hooks_version(void) { return global_hooks.version; }
gpg_error_t assuan_new(assuan_context_t *ctx) { struct assuan_context_s *c = calloc(1, sizeof *c); if (!c) return 86; c->system = global_hooks; *ctx = c; return 0; }
void assuan_release(assuan_context_t ctx) { free(ctx); }
