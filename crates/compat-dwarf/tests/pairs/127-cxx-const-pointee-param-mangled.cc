// expect: breaking
// why: In C++ the parameter type is part of the symbol: count_words(char *) is _Z11count_wordsPc and
// why: count_words(const char *) is _Z11count_wordsPKc, so the symbol old programs link against is gone.
// abidiff: 12 agree
//--- v1/text.h
int count_words(char *text);
//--- v2/text.h
int count_words(const char *text);
//--- v1
#include "text.h"
int count_words(char *text) { int n = 0; for (; *text; text++) n += *text == ' '; return n + 1; }
//--- v2
#include "text.h"
int count_words(const char *text) { int n = 0; for (; *text; text++) n += *text == ' '; return n + 1; }
