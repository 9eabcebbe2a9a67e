// expect: info
// why: Consumers assign the exported hook variable rl_attempted_completion_function. readline 4.2 replaces its
// why: unprototyped type CPPFunction * (char **(*)()) by rl_completion_func_t * (char **(*)(const char *, int,
// why: int)), keeping CPPFunction for old sources. The two function types are compatible in C (the parameters
// why: are unchanged by the default promotions): the variable keeps its 8 bytes and symbol, and the library
// why: calls the hook with the same three arguments in %rdi, %esi, %edx and reads the char ** result from %rax
// why: in both versions (v1 also zeroes %al, which a prototyped hook ignores), so binaries are unaffected;
// why: consumers' hooks are now type-checked, an API change.
// abidiff: 4 disagree: abidiff reports the variable's pointee changed from a variadic function type to one with three parameters; the unprototyped v1 type is compatible with the v2 prototype and the library passes the same arguments in the same registers in both versions.
//--- v1/readline.h
typedef char **CPPFunction ();
extern CPPFunction *rl_attempted_completion_function;
extern char *rl_line_buffer;
extern int rl_point;
int rl_complete_internal(int what_to_do);
//--- v2/readline.h
typedef char **rl_completion_func_t (const char *text, int start, int end);
typedef char **CPPFunction ();
extern rl_completion_func_t *rl_attempted_completion_function;
extern char *rl_line_buffer;
extern int rl_point;
int rl_complete_internal(int what_to_do);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "readline.h"
CPPFunction *rl_attempted_completion_function = 0;
char *rl_line_buffer = 0;
int rl_point = 0;
int rl_complete_internal(int what_to_do) {
  if (!rl_line_buffer) return 0;
  int end = rl_point, start = end;
  while (start > 0 && rl_line_buffer[start - 1] != ' ') start--;
  char *text = strndup(rl_line_buffer + start, (size_t)(end - start));
  char **matches = rl_attempted_completion_function ? (*rl_attempted_completion_function)(text, start, end) : 0;
  int n = 0;
  if (matches) { while (matches[n]) free(matches[n++]); free(matches); }
  free(text);
  return what_to_do == '?' ? n : n > 0;
}
//--- v2
#include <stdlib.h>
#include <string.h>
#include "readline.h"
rl_completion_func_t *rl_attempted_completion_function = 0;
char *rl_line_buffer = 0;
int rl_point = 0;
int rl_complete_internal(int what_to_do) {
  if (!rl_line_buffer) return 0;
  int end = rl_point, start = end;
  while (start > 0 && rl_line_buffer[start - 1] != ' ') start--;
  char *text = strndup(rl_line_buffer + start, (size_t)(end - start));
  char **matches = rl_attempted_completion_function ? (*rl_attempted_completion_function)(text, start, end) : 0;
  int n = 0;
  if (matches) { while (matches[n]) free(matches[n++]); free(matches); }
  free(text);
  return what_to_do == '?' ? n : n > 0;
}
