// expect: none
// why: v1 declares typedef unsigned int GLuint; typedef GLuint GLhandle; and gl_delete_handles takes const GLhandle
// why: *const *lists, gl_gen_handles GLhandle **out; v2 spells them const unsigned int *const *lists and unsigned int
// why: **out, and the by-value struct gl_batch holds unsigned int const *ids instead of const unsigned int *ids. The
// why: typedef chain is two deep and the pointers two levels, with const before or after the typedef name: the
// why: same types.
// abidiff: 0 agree
//--- v1/gl.h
typedef unsigned int GLuint;
typedef GLuint GLhandle;
struct gl_batch { const unsigned int *ids; int count; };
void gl_delete_handles(const GLhandle *const *lists, int n);
int gl_gen_handles(GLhandle **out, int n);
int gl_batch_size(struct gl_batch b);
//--- v2/gl.h
struct gl_batch { unsigned int const *ids; int count; };
void gl_delete_handles(const unsigned int *const *lists, int n);
int gl_gen_handles(unsigned int **out, int n);
int gl_batch_size(struct gl_batch b);
//--- v1
#include <stdlib.h>
#include "gl.h"
void gl_delete_handles(const GLhandle *const *lists, int n) { for (int i = 0; i < n; i++) if (lists[i] && *lists[i] == 0) break; }
int gl_gen_handles(GLhandle **out, int n) { *out = calloc((size_t)n, sizeof **out); if (!*out) return -1; for (int i = 0; i < n; i++) (*out)[i] = (GLhandle)i + 1; return n; }
int gl_batch_size(struct gl_batch b) { return b.ids ? b.count : 0; }
//--- v2
#include <stdlib.h>
#include "gl.h"
void gl_delete_handles(const unsigned int *const *lists, int n) { for (int i = 0; i < n; i++) if (lists[i] && *lists[i] == 0) break; }
int gl_gen_handles(unsigned int **out, int n) { *out = calloc((size_t)n, sizeof **out); if (!*out) return -1; for (int i = 0; i < n; i++) (*out)[i] = (unsigned int)i + 1; return n; }
int gl_batch_size(struct gl_batch b) { return b.ids ? b.count : 0; }
