// expect: info
// why: ssh_key is a pointer to struct ssh_key_struct, which the header only forward-declares; the struct is
// why: defined in the library's source and handed out through ssh_pki_generate's ssh_key * out-parameter.
// why: v2 inserts ecdsa_nid and an ed25519 key pointer after flags, moving type_c and rsa, but no consumer can
// why: name a member or the size: a private change.
// abidiff: 4 disagree: abidiff reports struct ssh_key_struct changed; it is defined only in the library's source and only handed out, so consumers cannot depend on its layout (as in 569).
//--- ssh.h
enum ssh_keytypes_e { SSH_KEYTYPE_UNKNOWN = 0, SSH_KEYTYPE_RSA = 1, SSH_KEYTYPE_ECDSA = 3, SSH_KEYTYPE_ED25519 = 4 };
typedef struct ssh_key_struct *ssh_key;
int ssh_pki_generate(enum ssh_keytypes_e type, int parameter, ssh_key *pkey);
enum ssh_keytypes_e ssh_key_type(const ssh_key key);
void ssh_key_free(ssh_key key);
//--- v1
#include <stdlib.h>
#include "ssh.h"
struct ssh_key_struct { enum ssh_keytypes_e type; int flags; const char *type_c; void *rsa; };
int ssh_pki_generate(enum ssh_keytypes_e type, int parameter, ssh_key *pkey) { ssh_key k = calloc(1, sizeof *k); if (!k) return -1; k->type = type; k->flags = parameter; k->type_c = "ssh-rsa"; *pkey = k; return 0; }
enum ssh_keytypes_e ssh_key_type(const ssh_key key) { return key ? key->type : SSH_KEYTYPE_UNKNOWN; }
void ssh_key_free(ssh_key key) { free(key); }
//--- v2
#include <stdlib.h>
#include "ssh.h"
struct ssh_key_struct { enum ssh_keytypes_e type; int flags; int ecdsa_nid; void *ed25519_pubkey; const char *type_c; void *rsa; };
int ssh_pki_generate(enum ssh_keytypes_e type, int parameter, ssh_key *pkey) { ssh_key k = calloc(1, sizeof *k); if (!k) return -1; k->type = type; k->flags = 0; k->ecdsa_nid = type == SSH_KEYTYPE_ECDSA ? parameter : 0; k->type_c = "ssh-rsa"; *pkey = k; return 0; }
enum ssh_keytypes_e ssh_key_type(const ssh_key key) { return key ? key->type : SSH_KEYTYPE_UNKNOWN; }
void ssh_key_free(ssh_key key) { free(key); }
