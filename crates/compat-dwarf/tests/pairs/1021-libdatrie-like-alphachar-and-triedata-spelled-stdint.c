// expect: none
// why: libdatrie's public typedefs move onto <stdint.h>: its own uint32, int32 and uint8 (kept for sources) become
// why: typedefs of uint32_t, int32_t and uint8_t instead of unsigned int, int and unsigned char, and AlphaChar, TrieChar
// why: and TrieData are spelled uint32_t, uint8_t and int32_t directly. On x86-64 each new spelling names the same type
// why: as the old one, so every parameter, result and member denotes the same type at every depth; Trie stays defined
// why: only in the sources.
// abidiff: 0 agree
//--- v1/datrie.h
typedef unsigned int uint32;
typedef int int32;
typedef unsigned char uint8;
typedef uint32 AlphaChar;
typedef uint8 TrieChar;
typedef int32 TrieData;
typedef enum { DA_FALSE = 0, DA_TRUE = 1 } Bool;
typedef struct _Trie Trie;
typedef struct { AlphaChar begin; AlphaChar end; } AlphaRange;
Trie *trie_new_from_range(const AlphaRange *range);
Bool trie_store(Trie *trie, const AlphaChar *key, TrieData data);
Bool trie_retrieve(const Trie *trie, const AlphaChar *key, TrieData *o_data);
int alpha_char_strlen(const AlphaChar *str);
TrieChar trie_char_of(const Trie *trie, AlphaChar c);
void trie_free(Trie *trie);
//--- v2/datrie.h
#include <stdint.h>
typedef uint32_t uint32;
typedef int32_t int32;
typedef uint8_t uint8;
typedef uint32_t AlphaChar;
typedef uint8_t TrieChar;
typedef int32_t TrieData;
typedef enum { DA_FALSE = 0, DA_TRUE = 1 } Bool;
typedef struct _Trie Trie;
typedef struct { AlphaChar begin; AlphaChar end; } AlphaRange;
Trie *trie_new_from_range(const AlphaRange *range);
Bool trie_store(Trie *trie, const AlphaChar *key, TrieData data);
Bool trie_retrieve(const Trie *trie, const AlphaChar *key, TrieData *o_data);
int alpha_char_strlen(const AlphaChar *str);
TrieChar trie_char_of(const Trie *trie, AlphaChar c);
void trie_free(Trie *trie);
//--- lib.c
#include <stdlib.h>
#include "datrie.h"
struct _Trie { AlphaRange range; AlphaChar keys[16][8]; TrieData data[16]; int count; };
Trie *trie_new_from_range(const AlphaRange *range) { Trie *t = calloc(1, sizeof *t); if (t) t->range = *range; return t; }
int alpha_char_strlen(const AlphaChar *str) { int n = 0; while (str[n]) n++; return n; }
static int find(const Trie *trie, const AlphaChar *key) {
    for (int i = 0; i < trie->count; i++) {
        int j = 0;
        while (j < 8 && trie->keys[i][j] == key[j] && key[j]) j++;
        if (j == 8 || (trie->keys[i][j] == 0 && key[j] == 0)) return i;
    }
    return -1;
}
Bool trie_store(Trie *trie, const AlphaChar *key, TrieData data) {
    int i = find(trie, key);
    if (i < 0) { if (trie->count == 16 || alpha_char_strlen(key) >= 8) return DA_FALSE; i = trie->count++; for (int j = 0; j < 8; j++) trie->keys[i][j] = j < alpha_char_strlen(key) ? key[j] : 0; }
    trie->data[i] = data;
    return DA_TRUE;
}
Bool trie_retrieve(const Trie *trie, const AlphaChar *key, TrieData *o_data) { int i = find(trie, key); if (i < 0) return DA_FALSE; if (o_data) *o_data = trie->data[i]; return DA_TRUE; }
TrieChar trie_char_of(const Trie *trie, AlphaChar c) { return c < trie->range.begin || c > trie->range.end ? 0 : (TrieChar)(c - trie->range.begin + 1); }
void trie_free(Trie *trie) { free(trie); }
