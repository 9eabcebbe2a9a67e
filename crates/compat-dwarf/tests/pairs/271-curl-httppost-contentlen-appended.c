// expect: warning
// why: curl 7.46 appended curl_off_t contentlen to struct curl_httppost. The struct is declared with its members
// why: in curl.h but only allocated by the library (curl_formadd writes the list head through its out-parameters;
// why: curl_formfree takes it back). Consumers that walk the list and read members are affected only if they
// why: copy it or index it; the headers decide. Undecided without them: warning.
// abidiff: 4 agree
//--- v1/curl.h
struct curl_slist { char *data; struct curl_slist *next; };
struct curl_httppost {
  struct curl_httppost *next;
  char *name;
  long namelength;
  char *contents;
  long contentslength;
  char *buffer;
  long bufferlength;
  char *contenttype;
  struct curl_slist *contentheader;
  struct curl_httppost *more;
  long flags;
  char *showfilename;
  void *userp;
};
int curl_formadd(struct curl_httppost **httppost, struct curl_httppost **last_post, const char *name, const char *contents);
void curl_formfree(struct curl_httppost *form);
//--- v2/curl.h
typedef long curl_off_t;
struct curl_slist { char *data; struct curl_slist *next; };
struct curl_httppost {
  struct curl_httppost *next;
  char *name;
  long namelength;
  char *contents;
  long contentslength;
  char *buffer;
  long bufferlength;
  char *contenttype;
  struct curl_slist *contentheader;
  struct curl_httppost *more;
  long flags;
  char *showfilename;
  void *userp;
  curl_off_t contentlen;
};
int curl_formadd(struct curl_httppost **httppost, struct curl_httppost **last_post, const char *name, const char *contents);
void curl_formfree(struct curl_httppost *form);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "curl.h"
int curl_formadd(struct curl_httppost **httppost, struct curl_httppost **last_post, const char *name, const char *contents) {
  struct curl_httppost *p = calloc(1, sizeof *p);
  if (!p) return 1;
  p->name = strdup(name); p->namelength = (long)strlen(name);
  p->contents = strdup(contents); p->contentslength = (long)strlen(contents);
  if (*last_post) (*last_post)->next = p; else *httppost = p;
  *last_post = p;
  return 0;
}
void curl_formfree(struct curl_httppost *form) {
  while (form) { struct curl_httppost *n = form->next; free(form->name); free(form->contents); free(form); form = n; }
}
//--- v2
#include <stdlib.h>
#include <string.h>
#include "curl.h"
int curl_formadd(struct curl_httppost **httppost, struct curl_httppost **last_post, const char *name, const char *contents) {
  struct curl_httppost *p = calloc(1, sizeof *p);
  if (!p) return 1;
  p->name = strdup(name); p->namelength = (long)strlen(name);
  p->contents = strdup(contents); p->contentslength = (long)strlen(contents);
  p->contentlen = p->contentslength;
  if (*last_post) (*last_post)->next = p; else *httppost = p;
  *last_post = p;
  return 0;
}
void curl_formfree(struct curl_httppost *form) {
  while (form) { struct curl_httppost *n = form->next; free(form->name); free(form->contents); free(form); form = n; }
}
