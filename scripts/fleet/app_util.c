#include <math.h>
#include <stdio.h>
#include <stdlib.h>
extern unsigned fu_hash(const char *);
extern char *fu_dup(const char *);
extern double fu_wave(double);
int main(int argc, char **argv) { char *d = fu_dup(argv[0]); printf("%u %f %f\n", fu_hash(d), fu_wave(argc), exp(argc)); free(d); return 0; }
