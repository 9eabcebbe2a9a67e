// expect: none
// why: libepoxy exports function-pointer variables that consumers call through. v1 declares epoxy_glClear and
// why: epoxy_glViewport with the PFN typedefs, v2 spells the same function-pointer types out (GLbitfield is still
// why: unsigned int, GLint int, GLsizei int): the same objects of the same types under the same symbols.
// abidiff: 0 agree
//--- v1/epoxy.h
typedef unsigned int GLbitfield;
typedef int GLint;
typedef int GLsizei;
typedef void (*PFNGLCLEARPROC)(GLbitfield mask);
typedef void (*PFNGLVIEWPORTPROC)(GLint x, GLint y, GLsizei width, GLsizei height);
extern PFNGLCLEARPROC epoxy_glClear;
extern PFNGLVIEWPORTPROC epoxy_glViewport;
int epoxy_gl_version(void);
//--- v2/epoxy.h
typedef unsigned int GLbitfield;
typedef int GLint;
typedef int GLsizei;
extern void (*epoxy_glClear)(GLbitfield mask);
extern void (*epoxy_glViewport)(GLint x, GLint y, GLsizei width, GLsizei height);
int epoxy_gl_version(void);
//--- v1
#include "epoxy.h"
static GLbitfield last_mask; static GLsizei last_w;
static void clear_stub(GLbitfield mask) { last_mask = mask; }
static void viewport_stub(GLint x, GLint y, GLsizei w, GLsizei h) { (void)x; (void)y; (void)h; last_w = w; }
PFNGLCLEARPROC epoxy_glClear = clear_stub;
PFNGLVIEWPORTPROC epoxy_glViewport = viewport_stub;
int epoxy_gl_version(void) { return 33 + (int)last_mask + last_w; }
//--- v2
#include "epoxy.h"
static GLbitfield last_mask; static GLsizei last_w;
static void clear_stub(GLbitfield mask) { last_mask = mask; }
static void viewport_stub(GLint x, GLint y, GLsizei w, GLsizei h) { (void)x; (void)y; (void)h; last_w = w; }
void (*epoxy_glClear)(GLbitfield mask) = clear_stub;
void (*epoxy_glViewport)(GLint x, GLint y, GLsizei width, GLsizei height) = viewport_stub;
int epoxy_gl_version(void) { return 33 + (int)last_mask + last_w; }
