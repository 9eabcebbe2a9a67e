// expect: breaking
// why: The exported variable lib_stats is a struct whose members consumers read directly (and an
// why: executable copy-relocates it); inserting errors before bytes moves bytes and grows the symbol.
// abidiff: 4 agree
//--- v1
struct stats { long calls; long bytes; };
struct stats lib_stats;
void note(long n) { lib_stats.calls++; lib_stats.bytes += n; }
//--- v2
struct stats { long calls; long errors; long bytes; };
struct stats lib_stats;
void note(long n) { lib_stats.calls++; lib_stats.bytes += n; }
