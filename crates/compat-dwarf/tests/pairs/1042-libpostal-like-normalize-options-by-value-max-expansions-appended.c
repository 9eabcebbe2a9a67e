// expect: breaking
// why: libpostal_normalize_options_t is returned by value from libpostal_get_default_options and passed by value to
// why: libpostal_expand_address (options = libpostal_get_default_options(); options.lowercase = false; ...). v2 appends
// why: size_t max_expansions, growing it from 40 to 48 bytes. It is returned through a hidden pointer and passed
// why: on the stack, so v2 writes 48 bytes into an old caller's 40-byte result and reads max_expansions from the 8
// why: bytes of the caller's frame past the 40-byte copy it pushed.
// abidiff: 4 agree
//--- v1/libpostal.h
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
typedef struct libpostal_normalize_options {
    char **languages;
    size_t num_languages;
    uint16_t address_components;
    bool latin_ascii;
    bool transliterate;
    bool strip_accents;
    bool decompose;
    bool lowercase;
    bool trim_string;
    bool drop_parentheticals;
    bool replace_numeric_hyphens;
    bool delete_numeric_hyphens;
    bool split_alpha_from_numeric;
    bool replace_word_hyphens;
    bool delete_word_hyphens;
    bool delete_final_periods;
    bool delete_acronym_periods;
    bool drop_english_possessives;
    bool delete_apostrophes;
    bool expand_numex;
    bool roman_numerals;
} libpostal_normalize_options_t;
libpostal_normalize_options_t libpostal_get_default_options(void);
char **libpostal_expand_address(char *input, libpostal_normalize_options_t options, size_t *n);
void libpostal_expansion_array_destroy(char **expansions, size_t n);
//--- v2/libpostal.h
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
typedef struct libpostal_normalize_options {
    char **languages;
    size_t num_languages;
    uint16_t address_components;
    bool latin_ascii;
    bool transliterate;
    bool strip_accents;
    bool decompose;
    bool lowercase;
    bool trim_string;
    bool drop_parentheticals;
    bool replace_numeric_hyphens;
    bool delete_numeric_hyphens;
    bool split_alpha_from_numeric;
    bool replace_word_hyphens;
    bool delete_word_hyphens;
    bool delete_final_periods;
    bool delete_acronym_periods;
    bool drop_english_possessives;
    bool delete_apostrophes;
    bool expand_numex;
    bool roman_numerals;
    size_t max_expansions;
} libpostal_normalize_options_t;
libpostal_normalize_options_t libpostal_get_default_options(void);
char **libpostal_expand_address(char *input, libpostal_normalize_options_t options, size_t *n);
void libpostal_expansion_array_destroy(char **expansions, size_t n);
//--- v1
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include "libpostal.h"
libpostal_normalize_options_t libpostal_get_default_options(void) {
    libpostal_normalize_options_t o;
    memset(&o, 0, sizeof o);
    o.address_components = 0xffff; o.latin_ascii = o.transliterate = o.strip_accents = o.decompose = o.lowercase = o.trim_string = true;
    o.expand_numex = o.roman_numerals = true;
    return o;
}
char **libpostal_expand_address(char *input, libpostal_normalize_options_t options, size_t *n) {
    char **out = malloc(2 * sizeof *out);
    if (!out) return NULL;
    out[0] = strdup(input);
    if (options.lowercase) for (char *p = out[0]; *p; p++) *p = tolower((unsigned char)*p);
    *n = 1;
    if (options.num_languages > 0 && options.expand_numex) { out[1] = strdup(out[0]); *n = 2; }
    return out;
}
void libpostal_expansion_array_destroy(char **expansions, size_t n) { for (size_t i = 0; i < n; i++) free(expansions[i]); free(expansions); }
//--- v2
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include "libpostal.h"
libpostal_normalize_options_t libpostal_get_default_options(void) {
    libpostal_normalize_options_t o;
    memset(&o, 0, sizeof o);
    o.address_components = 0xffff; o.latin_ascii = o.transliterate = o.strip_accents = o.decompose = o.lowercase = o.trim_string = true;
    o.expand_numex = o.roman_numerals = true;
    o.max_expansions = 64;
    return o;
}
char **libpostal_expand_address(char *input, libpostal_normalize_options_t options, size_t *n) {
    char **out = malloc(2 * sizeof *out);
    if (!out) return NULL;
    out[0] = strdup(input);
    if (options.lowercase) for (char *p = out[0]; *p; p++) *p = tolower((unsigned char)*p);
    *n = 1;
    if (options.num_languages > 0 && options.expand_numex && options.max_expansions > 1) { out[1] = strdup(out[0]); *n = 2; }
    return out;
}
void libpostal_expansion_array_destroy(char **expansions, size_t n) { for (size_t i = 0; i < n; i++) free(expansions[i]); free(expansions); }
