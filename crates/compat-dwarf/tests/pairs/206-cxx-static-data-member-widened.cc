// expect: breaking
// why: The exported static data member Stats::requests goes from int to long: its symbol _ZN5Stats8requestsE
// why: keeps its name (data members are not mangled with their type) but grows from 4 to 8 bytes. Executables
// why: that copy-relocated the 4-byte object, or read and write it as an int, see only half of it.
// abidiff: 4 agree
//--- v1/stats.h
struct Stats { static int requests; static void hit(); };
//--- v2/stats.h
struct Stats { static long requests; static void hit(); };
//--- v1
#include "stats.h"
int Stats::requests = 0;
void Stats::hit() { ++requests; }
//--- v2
#include "stats.h"
long Stats::requests = 0;
void Stats::hit() { ++requests; }
