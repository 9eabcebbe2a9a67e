// expect: info
// why: An extension fills a static PyModuleDef and passes it to PyModule_Create2. Python 3.5 replaced the member
// why: inquiry m_reload, documented as unused and always NULL, by PyModuleDef_Slot *m_slots in place: a pointer
// why: of the same size at the same offset, and every valid old definition holds NULL there, which v2 reads as
// why: "no slots". A reserved member put to use in place: binaries are unaffected, a reader should know.
// abidiff: 4 disagree: abidiff reports m_reload replaced by m_slots; both are 8-byte pointers at the same offset and old extensions were required to leave it NULL, which v2 reads as no slots.
// known-miss: warning: compat cannot know that m_reload was documented unused and NULL in every valid extension (nothing in its name says reserved), so it reports a live member replaced by another, though v2 reads that NULL as no slots
//--- v1/moduleobject.h
#include <stddef.h>
typedef struct _object { long ob_refcnt; void *ob_type; } PyObject;
typedef int (*inquiry)(PyObject *);
typedef struct PyMethodDef { const char *ml_name; PyObject *(*ml_meth)(PyObject *, PyObject *); int ml_flags; const char *ml_doc; } PyMethodDef;
typedef struct PyModuleDef_Base { PyObject ob_base; PyObject *(*m_init)(void); long m_index; PyObject *m_copy; } PyModuleDef_Base;
typedef struct PyModuleDef {
    PyModuleDef_Base m_base;
    const char *m_name;
    const char *m_doc;
    long m_size;
    PyMethodDef *m_methods;
    inquiry m_reload;
    int (*m_traverse)(PyObject *, int (*)(PyObject *, void *), void *);
    inquiry m_clear;
    void (*m_free)(void *);
} PyModuleDef;
PyObject *PyModule_Create2(PyModuleDef *def, int apiver);
//--- v2/moduleobject.h
#include <stddef.h>
typedef struct _object { long ob_refcnt; void *ob_type; } PyObject;
typedef int (*inquiry)(PyObject *);
typedef struct PyMethodDef { const char *ml_name; PyObject *(*ml_meth)(PyObject *, PyObject *); int ml_flags; const char *ml_doc; } PyMethodDef;
typedef struct PyModuleDef_Base { PyObject ob_base; PyObject *(*m_init)(void); long m_index; PyObject *m_copy; } PyModuleDef_Base;
typedef struct PyModuleDef_Slot { int slot; void *value; } PyModuleDef_Slot;
typedef struct PyModuleDef {
    PyModuleDef_Base m_base;
    const char *m_name;
    const char *m_doc;
    long m_size;
    PyMethodDef *m_methods;
    PyModuleDef_Slot *m_slots;
    int (*m_traverse)(PyObject *, int (*)(PyObject *, void *), void *);
    inquiry m_clear;
    void (*m_free)(void *);
} PyModuleDef;
PyObject *PyModule_Create2(PyModuleDef *def, int apiver);
//--- v1
#include <stdlib.h>
#include "moduleobject.h"
PyObject *PyModule_Create2(PyModuleDef *def, int apiver) {
    if (!def || !def->m_name || apiver < 1013) return NULL;
    PyObject *m = calloc(1, sizeof *m + (def->m_size > 0 ? (size_t)def->m_size : 0));
    if (!m) return NULL;
    m->ob_refcnt = 1;
    for (PyMethodDef *md = def->m_methods; md && md->ml_name; md++) m->ob_refcnt += md->ml_flags & 1;
    def->m_base.m_index = 1;
    return m;
}
//--- v2
#include <stdlib.h>
#include "moduleobject.h"
PyObject *PyModule_Create2(PyModuleDef *def, int apiver) {
    if (!def || !def->m_name || apiver < 1013) return NULL;
    if (def->m_slots != NULL) return NULL;
    PyObject *m = calloc(1, sizeof *m + (def->m_size > 0 ? (size_t)def->m_size : 0));
    if (!m) return NULL;
    m->ob_refcnt = 1;
    for (PyMethodDef *md = def->m_methods; md && md->ml_name; md++) m->ob_refcnt += md->ml_flags & 1;
    def->m_base.m_index = 1;
    return m;
}
