// expect: warning
// why: regs of the caller-allocated struct loses volatile on its elements: same size and offsets, so no
// why: layout break, but code relying on every access reaching memory may now see accesses merged or
// why: dropped by the library: a semantic risk worth a warning.
// abidiff: 4 agree
//--- v1
struct mmio { volatile unsigned int regs[4]; int n; };
unsigned int mmio_read(struct mmio *m, int i) { return m->regs[i]; }
//--- v2
struct mmio { unsigned int regs[4]; int n; };
unsigned int mmio_read(struct mmio *m, int i) { return m->regs[i]; }
