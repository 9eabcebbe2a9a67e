// expect: breaking
// why: krb5_keyblock is filled by callers (a stack keyblock passed to krb5_c_encrypt) and by the library (the
// why: caller-allocated out-parameter of krb5_c_make_random_key). v2 widens unsigned int length to size_t: contents
// why: stays at 16 and the size at 24 because the new bytes were padding, but the library now reads 8 bytes where
// why: v1-built callers store 4 and leave 12-15 uninitialised, so the length it sees is garbage.
// abidiff: 4 agree
//--- v1/krb5.h
#include <stddef.h>
typedef int krb5_magic;
typedef int krb5_enctype;
typedef unsigned char krb5_octet;
typedef int krb5_error_code;
typedef struct _krb5_keyblock { krb5_magic magic; krb5_enctype enctype; unsigned int length; krb5_octet *contents; } krb5_keyblock;
krb5_error_code krb5_c_make_random_key(krb5_enctype enctype, krb5_keyblock *random_key);
krb5_error_code krb5_c_key_checksum(const krb5_keyblock *key, unsigned long *sum);
//--- v2/krb5.h
#include <stddef.h>
typedef int krb5_magic;
typedef int krb5_enctype;
typedef unsigned char krb5_octet;
typedef int krb5_error_code;
typedef struct _krb5_keyblock { krb5_magic magic; krb5_enctype enctype; size_t length; krb5_octet *contents; } krb5_keyblock;
krb5_error_code krb5_c_make_random_key(krb5_enctype enctype, krb5_keyblock *random_key);
krb5_error_code krb5_c_key_checksum(const krb5_keyblock *key, unsigned long *sum);
//--- v1
#include <stdlib.h>
#include "krb5.h"
krb5_error_code krb5_c_make_random_key(krb5_enctype enctype, krb5_keyblock *k) { k->magic = 0x970ea703; k->enctype = enctype; k->length = enctype == 18 ? 32 : 16; k->contents = malloc(k->length); if (!k->contents) return 12; for (unsigned int i = 0; i < k->length; i++) k->contents[i] = (krb5_octet)(i * 37 + 11); return 0; }
krb5_error_code krb5_c_key_checksum(const krb5_keyblock *key, unsigned long *sum) { unsigned long s = 0; for (unsigned int i = 0; i < key->length; i++) s = s * 31 + key->contents[i]; *sum = s; return 0; }
//--- v2
#include <stdlib.h>
#include "krb5.h"
krb5_error_code krb5_c_make_random_key(krb5_enctype enctype, krb5_keyblock *k) { k->magic = 0x970ea703; k->enctype = enctype; k->length = enctype == 18 ? 32 : 16; k->contents = malloc(k->length); if (!k->contents) return 12; for (size_t i = 0; i < k->length; i++) k->contents[i] = (krb5_octet)(i * 37 + 11); return 0; }
krb5_error_code krb5_c_key_checksum(const krb5_keyblock *key, unsigned long *sum) { unsigned long s = 0; for (size_t i = 0; i < key->length; i++) s = s * 31 + key->contents[i]; *sum = s; return 0; }
