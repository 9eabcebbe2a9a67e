#include <stdio.h>
#include <stdlib.h>
extern char *fm_run(int);
int main(int argc, char **argv) { char *s = fm_run(argc); puts(s ? s : "-"); free(s); return 0; }
