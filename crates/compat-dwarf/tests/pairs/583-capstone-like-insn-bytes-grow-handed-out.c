// expect: warning
// why: cs_insn is declared with its members in the header and only handed out: cs_disasm allocates the array
// why: and writes it through its cs_insn ** out-parameter. v2 grows bytes from 16 to 24 (as Capstone 5 did), so
// why: mnemonic, op_str and detail move by 8 bytes and the element grows: consumers compiled against v1 read
// why: insn[j].mnemonic at the old offset and step through the array with the old size. Breaking if consumers
// why: read it, which only the public headers can tell: undecided.
// abidiff: 4 agree
//--- v1/capstone.h
#include <stddef.h>
#include <stdint.h>
typedef size_t csh;
typedef struct cs_insn { unsigned int id; uint64_t address; uint16_t size; uint8_t bytes[16]; char mnemonic[32]; char op_str[160]; void *detail; } cs_insn;
size_t cs_disasm(csh handle, const uint8_t *code, size_t code_size, uint64_t address, size_t count, cs_insn **insn);
void cs_free(cs_insn *insn, size_t count);
//--- v2/capstone.h
#include <stddef.h>
#include <stdint.h>
typedef size_t csh;
typedef struct cs_insn { unsigned int id; uint64_t address; uint16_t size; uint8_t bytes[24]; char mnemonic[32]; char op_str[160]; void *detail; } cs_insn;
size_t cs_disasm(csh handle, const uint8_t *code, size_t code_size, uint64_t address, size_t count, cs_insn **insn);
void cs_free(cs_insn *insn, size_t count);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "capstone.h"
size_t cs_disasm(csh handle, const uint8_t *code, size_t code_size, uint64_t address, size_t count, cs_insn **insn) { (void)handle; size_t n = code_size < count ? code_size : count; cs_insn *a = calloc(n ? n : 1, sizeof *a); if (!a) return 0; for (size_t i = 0; i < n; i++) { a[i].address = address + i; a[i].size = 1; a[i].bytes[0] = code[i]; strcpy(a[i].mnemonic, "db"); } *insn = a; return n; }
void cs_free(cs_insn *insn, size_t count) { (void)count; free(insn); }
//--- v2
#include <stdlib.h>
#include <string.h>
#include "capstone.h"
size_t cs_disasm(csh handle, const uint8_t *code, size_t code_size, uint64_t address, size_t count, cs_insn **insn) { (void)handle; size_t n = code_size < count ? code_size : count; cs_insn *a = calloc(n ? n : 1, sizeof *a); if (!a) return 0; for (size_t i = 0; i < n; i++) { a[i].address = address + i; a[i].size = 1; a[i].bytes[0] = code[i]; strcpy(a[i].mnemonic, "db"); } *insn = a; return n; }
void cs_free(cs_insn *insn, size_t count) { (void)count; free(insn); }
