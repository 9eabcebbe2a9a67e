// expect: none
// why: LMDB 1.0 introduces mdb_size_t for sizes and page numbers (uint64_t only in MDB_VL32 builds); on this
// why: target it is a typedef of size_t, so the caller-allocated MDB_envinfo's me_mapsize, me_last_pgno and
// why: me_last_txnid and mdb_env_set_mapsize's size parameter denote the same unsigned long as before.
// abidiff: 0 agree
//--- v1/lmdb.h
#include <stddef.h>
typedef struct MDB_env MDB_env;
typedef struct MDB_envinfo {
  void *me_mapaddr;
  size_t me_mapsize;
  size_t me_last_pgno;
  size_t me_last_txnid;
  unsigned int me_maxreaders;
  unsigned int me_numreaders;
} MDB_envinfo;
int mdb_env_create(MDB_env **env);
int mdb_env_set_mapsize(MDB_env *env, size_t size);
int mdb_env_info(MDB_env *env, MDB_envinfo *stat);
void mdb_env_close(MDB_env *env);
//--- v2/lmdb.h
#include <stddef.h>
#include <stdint.h>
#ifdef MDB_VL32
typedef uint64_t mdb_size_t;
#else
typedef size_t mdb_size_t;
#endif
typedef struct MDB_env MDB_env;
typedef struct MDB_envinfo {
  void *me_mapaddr;
  mdb_size_t me_mapsize;
  mdb_size_t me_last_pgno;
  mdb_size_t me_last_txnid;
  unsigned int me_maxreaders;
  unsigned int me_numreaders;
} MDB_envinfo;
int mdb_env_create(MDB_env **env);
int mdb_env_set_mapsize(MDB_env *env, mdb_size_t size);
int mdb_env_info(MDB_env *env, MDB_envinfo *stat);
void mdb_env_close(MDB_env *env);
//--- v1
#include <stdlib.h>
#include "lmdb.h"
struct MDB_env { void *me_map; size_t me_mapsize; size_t me_psize; size_t last_pgno; size_t txnid; unsigned int maxreaders; unsigned int numreaders; };
int mdb_env_create(MDB_env **env) { MDB_env *e = calloc(1, sizeof *e); if (!e) return 12; e->me_mapsize = 1048576; e->me_psize = 4096; e->maxreaders = 126; *env = e; return 0; }
int mdb_env_set_mapsize(MDB_env *env, size_t size) { if (size < env->me_psize) size = env->me_psize; env->me_mapsize = size; return 0; }
int mdb_env_info(MDB_env *env, MDB_envinfo *stat) {
  if (!env || !stat) return 22;
  stat->me_mapaddr = env->me_map; stat->me_mapsize = env->me_mapsize; stat->me_last_pgno = env->last_pgno;
  stat->me_last_txnid = env->txnid; stat->me_maxreaders = env->maxreaders; stat->me_numreaders = env->numreaders;
  return 0;
}
void mdb_env_close(MDB_env *env) { free(env); }
//--- v2
#include <stdlib.h>
#include "lmdb.h"
struct MDB_env { void *me_map; mdb_size_t me_mapsize; size_t me_psize; mdb_size_t last_pgno; mdb_size_t txnid; unsigned int maxreaders; unsigned int numreaders; };
int mdb_env_create(MDB_env **env) { MDB_env *e = calloc(1, sizeof *e); if (!e) return 12; e->me_mapsize = 1048576; e->me_psize = 4096; e->maxreaders = 126; *env = e; return 0; }
int mdb_env_set_mapsize(MDB_env *env, mdb_size_t size) { if (size < env->me_psize) size = env->me_psize; env->me_mapsize = size; return 0; }
int mdb_env_info(MDB_env *env, MDB_envinfo *stat) {
  if (!env || !stat) return 22;
  stat->me_mapaddr = env->me_map; stat->me_mapsize = env->me_mapsize; stat->me_last_pgno = env->last_pgno;
  stat->me_last_txnid = env->txnid; stat->me_maxreaders = env->maxreaders; stat->me_numreaders = env->numreaders;
  return 0;
}
void mdb_env_close(MDB_env *env) { free(env); }
