// expect: breaking
// why: igraph 0.10 makes igraph_integer_t a 64-bit int64_t instead of int. igraph_t is the caller's own object
// why: (igraph_t g; igraph_empty(&g, 10, IGRAPH_DIRECTED);), so its members move (directed from byte 4 to 8, the edge
// why: arrays from 8 to 16) and it grows; by-value vertex ids and counts are now read from all 64 bits of registers in
// why: which old callers set only 32, igraph_vcount returns 64 bits an old caller truncates, and igraph_degree_1
// why: writes 8 bytes into the caller's 4-byte igraph_integer_t.
// abidiff: 4 agree
//--- v1/igraph.h
typedef int igraph_integer_t;
typedef int igraph_bool_t;
typedef enum { IGRAPH_SUCCESS = 0, IGRAPH_FAILURE = 1, IGRAPH_ENOMEM = 2, IGRAPH_EINVVID = 7 } igraph_error_t;
typedef struct igraph_s {
    igraph_integer_t n;
    igraph_bool_t directed;
    igraph_integer_t *from;
    igraph_integer_t *to;
    igraph_integer_t nedges;
    void *attr;
} igraph_t;
igraph_error_t igraph_empty(igraph_t *graph, igraph_integer_t n, igraph_bool_t directed);
igraph_error_t igraph_add_edge(igraph_t *graph, igraph_integer_t from, igraph_integer_t to);
igraph_integer_t igraph_vcount(const igraph_t *graph);
igraph_error_t igraph_degree_1(const igraph_t *graph, igraph_integer_t *deg, igraph_integer_t vid);
void igraph_destroy(igraph_t *graph);
//--- v2/igraph.h
#include <stdint.h>
typedef int64_t igraph_integer_t;
typedef int igraph_bool_t;
typedef enum { IGRAPH_SUCCESS = 0, IGRAPH_FAILURE = 1, IGRAPH_ENOMEM = 2, IGRAPH_EINVVID = 7 } igraph_error_t;
typedef struct igraph_s {
    igraph_integer_t n;
    igraph_bool_t directed;
    igraph_integer_t *from;
    igraph_integer_t *to;
    igraph_integer_t nedges;
    void *attr;
} igraph_t;
igraph_error_t igraph_empty(igraph_t *graph, igraph_integer_t n, igraph_bool_t directed);
igraph_error_t igraph_add_edge(igraph_t *graph, igraph_integer_t from, igraph_integer_t to);
igraph_integer_t igraph_vcount(const igraph_t *graph);
igraph_error_t igraph_degree_1(const igraph_t *graph, igraph_integer_t *deg, igraph_integer_t vid);
void igraph_destroy(igraph_t *graph);
//--- lib.c
#include <stdlib.h>
#include "igraph.h"
igraph_error_t igraph_empty(igraph_t *graph, igraph_integer_t n, igraph_bool_t directed) {
    graph->n = n; graph->directed = directed; graph->from = graph->to = NULL; graph->nedges = 0; graph->attr = NULL;
    return IGRAPH_SUCCESS;
}
igraph_error_t igraph_add_edge(igraph_t *graph, igraph_integer_t from, igraph_integer_t to) {
    if (from < 0 || to < 0 || from >= graph->n || to >= graph->n) return IGRAPH_EINVVID;
    igraph_integer_t *f = realloc(graph->from, (graph->nedges + 1) * sizeof *f);
    if (!f) return IGRAPH_ENOMEM;
    graph->from = f;
    igraph_integer_t *t = realloc(graph->to, (graph->nedges + 1) * sizeof *t);
    if (!t) return IGRAPH_ENOMEM;
    graph->to = t;
    f[graph->nedges] = from; t[graph->nedges] = to; graph->nedges++;
    return IGRAPH_SUCCESS;
}
igraph_integer_t igraph_vcount(const igraph_t *graph) { return graph->n; }
igraph_error_t igraph_degree_1(const igraph_t *graph, igraph_integer_t *deg, igraph_integer_t vid) {
    if (vid < 0 || vid >= graph->n) return IGRAPH_EINVVID;
    igraph_integer_t d = 0;
    for (igraph_integer_t e = 0; e < graph->nedges; e++) d += (graph->from[e] == vid) + (!graph->directed || graph->to[e] == vid ? graph->to[e] == vid : 0);
    *deg = d;
    return IGRAPH_SUCCESS;
}
void igraph_destroy(igraph_t *graph) { free(graph->from); free(graph->to); graph->from = graph->to = NULL; graph->nedges = 0; }
