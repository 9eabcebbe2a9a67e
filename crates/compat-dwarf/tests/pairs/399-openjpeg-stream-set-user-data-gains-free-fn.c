// expect: breaking
// why: OpenJPEG 2.1 appends opj_stream_free_user_data_fn p_function to opj_stream_set_user_data(opj_stream_t *, void
// why: *p_data), so the stream can free the user data when opj_stream_destroy runs. The C symbol is the same, but
// why: old callers pass two arguments and leave %rdx holding whatever it held: v2 stores that garbage as the free
// why: function and opj_stream_destroy calls it with the user data (as in 122).
// abidiff: 4 agree
//--- v1/openjpeg.h
#include <stddef.h>
#include <stdint.h>
typedef int OPJ_BOOL;
typedef size_t OPJ_SIZE_T;
typedef void *opj_stream_t;
typedef OPJ_SIZE_T (*opj_stream_read_fn)(void *p_buffer, OPJ_SIZE_T p_nb_bytes, void *p_user_data);
opj_stream_t *opj_stream_create(OPJ_SIZE_T p_buffer_size, OPJ_BOOL p_is_input);
void opj_stream_set_read_function(opj_stream_t *p_stream, opj_stream_read_fn p_function);
void opj_stream_set_user_data(opj_stream_t *p_stream, void *p_data);
OPJ_SIZE_T opj_stream_read(opj_stream_t *p_stream, void *p_buffer, OPJ_SIZE_T p_size);
void opj_stream_destroy(opj_stream_t *p_stream);
//--- v2/openjpeg.h
#include <stddef.h>
#include <stdint.h>
typedef int OPJ_BOOL;
typedef size_t OPJ_SIZE_T;
typedef void *opj_stream_t;
typedef OPJ_SIZE_T (*opj_stream_read_fn)(void *p_buffer, OPJ_SIZE_T p_nb_bytes, void *p_user_data);
typedef void (*opj_stream_free_user_data_fn)(void *p_user_data);
opj_stream_t *opj_stream_create(OPJ_SIZE_T p_buffer_size, OPJ_BOOL p_is_input);
void opj_stream_set_read_function(opj_stream_t *p_stream, opj_stream_read_fn p_function);
void opj_stream_set_user_data(opj_stream_t *p_stream, void *p_data, opj_stream_free_user_data_fn p_function);
OPJ_SIZE_T opj_stream_read(opj_stream_t *p_stream, void *p_buffer, OPJ_SIZE_T p_size);
void opj_stream_destroy(opj_stream_t *p_stream);
//--- v1
#include <stdlib.h>
#include "openjpeg.h"
typedef struct opj_stream_private { void *m_user_data; opj_stream_read_fn m_read_fn; unsigned char *m_stored_data; OPJ_SIZE_T m_buffer_size; OPJ_BOOL m_is_input; } opj_stream_private_t;
opj_stream_t *opj_stream_create(OPJ_SIZE_T p_buffer_size, OPJ_BOOL p_is_input) {
  opj_stream_private_t *s = calloc(1, sizeof *s);
  if (!s) return NULL;
  s->m_buffer_size = p_buffer_size; s->m_is_input = p_is_input; s->m_stored_data = malloc(p_buffer_size);
  if (!s->m_stored_data) { free(s); return NULL; }
  return (opj_stream_t *)s;
}
void opj_stream_set_read_function(opj_stream_t *p_stream, opj_stream_read_fn p_function) { ((opj_stream_private_t *)p_stream)->m_read_fn = p_function; }
void opj_stream_set_user_data(opj_stream_t *p_stream, void *p_data) { ((opj_stream_private_t *)p_stream)->m_user_data = p_data; }
OPJ_SIZE_T opj_stream_read(opj_stream_t *p_stream, void *p_buffer, OPJ_SIZE_T p_size) {
  opj_stream_private_t *s = (opj_stream_private_t *)p_stream;
  return s->m_read_fn ? s->m_read_fn(p_buffer, p_size, s->m_user_data) : (OPJ_SIZE_T)-1;
}
void opj_stream_destroy(opj_stream_t *p_stream) {
  opj_stream_private_t *s = (opj_stream_private_t *)p_stream;
  if (s) { free(s->m_stored_data); free(s); }
}
//--- v2
#include <stdlib.h>
#include "openjpeg.h"
typedef struct opj_stream_private { void *m_user_data; opj_stream_free_user_data_fn m_free_user_data_fn; opj_stream_read_fn m_read_fn; unsigned char *m_stored_data; OPJ_SIZE_T m_buffer_size; OPJ_BOOL m_is_input; } opj_stream_private_t;
opj_stream_t *opj_stream_create(OPJ_SIZE_T p_buffer_size, OPJ_BOOL p_is_input) {
  opj_stream_private_t *s = calloc(1, sizeof *s);
  if (!s) return NULL;
  s->m_buffer_size = p_buffer_size; s->m_is_input = p_is_input; s->m_stored_data = malloc(p_buffer_size);
  if (!s->m_stored_data) { free(s); return NULL; }
  return (opj_stream_t *)s;
}
void opj_stream_set_read_function(opj_stream_t *p_stream, opj_stream_read_fn p_function) { ((opj_stream_private_t *)p_stream)->m_read_fn = p_function; }
void opj_stream_set_user_data(opj_stream_t *p_stream, void *p_data, opj_stream_free_user_data_fn p_function) {
  opj_stream_private_t *s = (opj_stream_private_t *)p_stream;
  s->m_user_data = p_data; s->m_free_user_data_fn = p_function;
}
OPJ_SIZE_T opj_stream_read(opj_stream_t *p_stream, void *p_buffer, OPJ_SIZE_T p_size) {
  opj_stream_private_t *s = (opj_stream_private_t *)p_stream;
  return s->m_read_fn ? s->m_read_fn(p_buffer, p_size, s->m_user_data) : (OPJ_SIZE_T)-1;
}
void opj_stream_destroy(opj_stream_t *p_stream) {
  opj_stream_private_t *s = (opj_stream_private_t *)p_stream;
  if (!s) return;
  if (s->m_free_user_data_fn) s->m_free_user_data_fn(s->m_user_data);
  free(s->m_stored_data); free(s);
}
