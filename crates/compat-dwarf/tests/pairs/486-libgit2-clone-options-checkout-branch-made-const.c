// expect: info
// why: struct git_clone_options is caller-allocated and filled (git_clone_options opts; git_clone_options_init(&opts,
// why: 1); opts.checkout_branch = "main"; git_clone(&repo, url, path, &opts)). v2 changes checkout_branch from char *
// why: to const char * and remote_name likewise: same size, offset and pointer, so the layout holds; the library
// why: now promises not to write through them, which every old caller accepts: an API change only.
// abidiff: 0 agree
//--- v1/clone.h
typedef struct git_repository git_repository;
typedef struct git_clone_options { unsigned int version; int bare; int local; char *checkout_branch; char *remote_name; void *remote_cb_payload; } git_clone_options;
int git_clone_options_init(git_clone_options *opts, unsigned int version);
int git_clone(git_repository **out, const char *url, const char *local_path, const git_clone_options *options);
void git_repository_free(git_repository *repo);
//--- v2/clone.h
typedef struct git_repository git_repository;
typedef struct git_clone_options { unsigned int version; int bare; int local; const char *checkout_branch; const char *remote_name; void *remote_cb_payload; } git_clone_options;
int git_clone_options_init(git_clone_options *opts, unsigned int version);
int git_clone(git_repository **out, const char *url, const char *local_path, const git_clone_options *options);
void git_repository_free(git_repository *repo);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "clone.h"
struct git_repository { char *path; char *head; int bare; };
int git_clone_options_init(git_clone_options *opts, unsigned int version) {
  if (version != 1) return -1;
  memset(opts, 0, sizeof *opts); opts->version = 1; opts->remote_name = "origin";
  return 0;
}
int git_clone(git_repository **out, const char *url, const char *local_path, const git_clone_options *options) {
  if (!url || !local_path) return -1;
  git_repository *r = calloc(1, sizeof *r);
  if (!r) return -1;
  r->path = strdup(local_path); r->head = strdup(options && options->checkout_branch ? options->checkout_branch : "master");
  r->bare = options ? options->bare : 0;
  *out = r;
  return 0;
}
void git_repository_free(git_repository *repo) { if (repo) { free(repo->path); free(repo->head); free(repo); } }
//--- v2
#include <stdlib.h>
#include <string.h>
#include "clone.h"
struct git_repository { char *path; char *head; int bare; };
int git_clone_options_init(git_clone_options *opts, unsigned int version) {
  if (version != 1) return -1;
  memset(opts, 0, sizeof *opts); opts->version = 1; opts->remote_name = "origin";
  return 0;
}
int git_clone(git_repository **out, const char *url, const char *local_path, const git_clone_options *options) {
  if (!url || !local_path) return -1;
  git_repository *r = calloc(1, sizeof *r);
  if (!r) return -1;
  r->path = strdup(local_path); r->head = strdup(options && options->checkout_branch ? options->checkout_branch : "master");
  r->bare = options ? options->bare : 0;
  *out = r;
  return 0;
}
void git_repository_free(git_repository *repo) { if (repo) { free(repo->path); free(repo->head); free(repo); } }
