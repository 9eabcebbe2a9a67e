// expect: breaking
// why: union num is passed and returned by value (num_scale(union num v, double k)). In v1 it holds long i and
// why: double d, so its one eightbyte is INTEGER (the merge of INTEGER and SSE) and travels in rdi and rax; v2
// why: drops i and adds float f, so the union is SSE and travels in xmm0. The size is 8 bytes both times, but old
// why: callers pass the value in rdi where v2 reads xmm0.
// abidiff: 4 agree
//--- v1/num.h
union num { long i; double d; };
union num num_scale(union num v, double k);
//--- v2/num.h
union num { double d; float f; };
union num num_scale(union num v, double k);
//--- v1
#include "num.h"
union num num_scale(union num v, double k) { union num r; r.d = v.d * k; return r; }
//--- v2
#include "num.h"
union num num_scale(union num v, double k) { union num r; r.d = v.d * k; return r; }
