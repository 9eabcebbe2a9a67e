// expect: breaking
// why: A Dovecot plugin fills a static struct mail_storage_hooks and registers it with mail_storage_hooks_add; the
// why: library later calls its slots by offset. v2 (as Dovecot 2.2 did) inserts mail_namespaces_added before
// why: mail_namespaces_created: an old plugin's mail_namespaces_created pointer now sits in the slot the library
// why: calls as mail_namespaces_added, and the library reads mail_storage_created one slot past the end of old tables.
// abidiff: 4 agree
//--- v1/mail-storage-hooks.h
struct module;
struct mail_user;
struct mail_namespace;
struct mail_storage;
struct mail_storage_hooks {
    void (*mail_user_created)(struct mail_user *user);
    void (*mail_namespace_storage_added)(struct mail_namespace *ns);
    void (*mail_namespaces_created)(struct mail_namespace *namespaces);
    void (*mail_storage_created)(struct mail_storage *storage);
};
void mail_storage_hooks_add(struct module *module, const struct mail_storage_hooks *hooks);
void hook_mail_user_created(struct mail_user *user);
void hook_mail_namespaces_created(struct mail_namespace *namespaces);
void hook_mail_storage_created(struct mail_storage *storage);
//--- v2/mail-storage-hooks.h
struct module;
struct mail_user;
struct mail_namespace;
struct mail_storage;
struct mail_storage_hooks {
    void (*mail_user_created)(struct mail_user *user);
    void (*mail_namespace_storage_added)(struct mail_namespace *ns);
    void (*mail_namespaces_added)(struct mail_namespace *namespaces);
    void (*mail_namespaces_created)(struct mail_namespace *namespaces);
    void (*mail_storage_created)(struct mail_storage *storage);
};
void mail_storage_hooks_add(struct module *module, const struct mail_storage_hooks *hooks);
void hook_mail_user_created(struct mail_user *user);
void hook_mail_namespaces_created(struct mail_namespace *namespaces);
void hook_mail_storage_created(struct mail_storage *storage);
//--- v1
#include "mail-storage-hooks.h"
static const struct mail_storage_hooks *registered[16];
static unsigned nregistered;
void mail_storage_hooks_add(struct module *module, const struct mail_storage_hooks *hooks) { (void)module; if (nregistered < 16) registered[nregistered++] = hooks; }
void hook_mail_user_created(struct mail_user *user) { for (unsigned i = 0; i < nregistered; i++) if (registered[i]->mail_user_created) registered[i]->mail_user_created(user); }
void hook_mail_namespaces_created(struct mail_namespace *namespaces) { for (unsigned i = 0; i < nregistered; i++) if (registered[i]->mail_namespaces_created) registered[i]->mail_namespaces_created(namespaces); }
void hook_mail_storage_created(struct mail_storage *storage) { for (unsigned i = 0; i < nregistered; i++) if (registered[i]->mail_storage_created) registered[i]->mail_storage_created(storage); }
//--- v2
#include "mail-storage-hooks.h"
static const struct mail_storage_hooks *registered[16];
static unsigned nregistered;
void mail_storage_hooks_add(struct module *module, const struct mail_storage_hooks *hooks) { (void)module; if (nregistered < 16) registered[nregistered++] = hooks; }
void hook_mail_user_created(struct mail_user *user) { for (unsigned i = 0; i < nregistered; i++) if (registered[i]->mail_user_created) registered[i]->mail_user_created(user); }
void hook_mail_namespaces_created(struct mail_namespace *namespaces) { for (unsigned i = 0; i < nregistered; i++) { if (registered[i]->mail_namespaces_added) registered[i]->mail_namespaces_added(namespaces); if (registered[i]->mail_namespaces_created) registered[i]->mail_namespaces_created(namespaces); } }
void hook_mail_storage_created(struct mail_storage *storage) { for (unsigned i = 0; i < nregistered; i++) if (registered[i]->mail_storage_created) registered[i]->mail_storage_created(storage); }
