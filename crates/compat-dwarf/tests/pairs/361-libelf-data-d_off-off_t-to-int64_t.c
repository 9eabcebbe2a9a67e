// expect: none
// why: Elf_Data, declared in libelf.h and handed out by elf_getdata and elf_newdata, has its d_off member
// why: respelled from off_t to int64_t, so that its size no longer follows _FILE_OFFSET_BITS on 32-bit
// why: targets. On x86-64 both are typedefs of long: the member, the struct and every signature are unchanged.
// abidiff: 0 agree
//--- v1/libelf.h
#include <stddef.h>
#include <sys/types.h>
typedef enum { ELF_T_BYTE, ELF_T_ADDR, ELF_T_DYN, ELF_T_EHDR, ELF_T_SYM } Elf_Type;
typedef struct {
  void *d_buf;
  Elf_Type d_type;
  unsigned int d_version;
  size_t d_size;
  off_t d_off;
  size_t d_align;
} Elf_Data;
typedef struct Elf_Scn Elf_Scn;
Elf_Data *elf_getdata(Elf_Scn *scn, Elf_Data *data);
Elf_Data *elf_newdata(Elf_Scn *scn);
size_t elf_ndxscn(Elf_Scn *scn);
//--- v2/libelf.h
#include <stddef.h>
#include <stdint.h>
typedef enum { ELF_T_BYTE, ELF_T_ADDR, ELF_T_DYN, ELF_T_EHDR, ELF_T_SYM } Elf_Type;
typedef struct {
  void *d_buf;
  Elf_Type d_type;
  unsigned int d_version;
  size_t d_size;
  int64_t d_off;
  size_t d_align;
} Elf_Data;
typedef struct Elf_Scn Elf_Scn;
Elf_Data *elf_getdata(Elf_Scn *scn, Elf_Data *data);
Elf_Data *elf_newdata(Elf_Scn *scn);
size_t elf_ndxscn(Elf_Scn *scn);
//--- lib.c
#include <stdlib.h>
#include "libelf.h"
typedef struct Elf_Data_List { Elf_Data data; struct Elf_Data_List *next; int flags; } Elf_Data_List;
struct Elf_Scn { size_t index; Elf_Data_List *data_list; Elf_Data_List *data_list_rear; };
Elf_Data *elf_getdata(Elf_Scn *scn, Elf_Data *data) {
  if (!scn) return NULL;
  if (!data) return scn->data_list ? &scn->data_list->data : NULL;
  for (Elf_Data_List *l = scn->data_list; l; l = l->next)
    if (&l->data == data) return l->next ? &l->next->data : NULL;
  return NULL;
}
Elf_Data *elf_newdata(Elf_Scn *scn) {
  Elf_Data_List *l = calloc(1, sizeof *l);
  if (!l) return NULL;
  l->data.d_version = 1; l->data.d_align = 1;
  if (scn->data_list_rear) { l->data.d_off = scn->data_list_rear->data.d_off + (int64_t)scn->data_list_rear->data.d_size; scn->data_list_rear->next = l; }
  else scn->data_list = l;
  scn->data_list_rear = l;
  return &l->data;
}
size_t elf_ndxscn(Elf_Scn *scn) { return scn ? scn->index : 0; }
