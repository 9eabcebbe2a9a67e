// expect: info
// why: pwquality_settings_t is a typedef of struct pwquality_settings, which the public pwquality.h only
// why: forward-declares; the struct is defined in the library's internal header pwqprivate.h (not installed) and
// why: consumers get it from pwquality_default_settings and pass the pointer back. libpwquality 1.4.3 inserts
// why: user_substr after user_check: consumers hold only pointers, so the change is invisible to them.
// abidiff: 4 disagree: abidiff reports the member inserted into struct pwquality_settings, but the struct is defined only in the internal header pwqprivate.h and consumers hold pointers from pwquality_default_settings.
//--- pwquality.h
typedef struct pwquality_settings pwquality_settings_t;
enum { PWQ_SETTING_DIFF_OK = 1, PWQ_SETTING_MIN_LENGTH = 3, PWQ_SETTING_DICT_CHECK = 25, PWQ_SETTING_USER_CHECK = 26, PWQ_SETTING_USER_SUBSTR = 29 };
pwquality_settings_t *pwquality_default_settings(void);
void pwquality_free_settings(pwquality_settings_t *pwq);
int pwquality_set_int_value(pwquality_settings_t *pwq, int setting, int value);
int pwquality_check(pwquality_settings_t *pwq, const char *password, const char *oldpassword, const char *user, void **auxerror);
//--- v1/pwqprivate.h
struct pwquality_settings {
    int diff_ok; int min_length; int dig_credit; int up_credit; int low_credit; int oth_credit; int min_class;
    int max_repeat; int max_class_repeat; int max_sequence; int gecos_check; int dict_check; int user_check;
    int enforcing; int retry_times; int enforce_for_root; int local_users_only;
    char *bad_words; char *dict_path;
};
//--- v2/pwqprivate.h
struct pwquality_settings {
    int diff_ok; int min_length; int dig_credit; int up_credit; int low_credit; int oth_credit; int min_class;
    int max_repeat; int max_class_repeat; int max_sequence; int gecos_check; int dict_check; int user_check;
    int user_substr;
    int enforcing; int retry_times; int enforce_for_root; int local_users_only;
    char *bad_words; char *dict_path;
};
//--- v1
#include <stdlib.h>
#include <string.h>
#include "pwquality.h"
#include "pwqprivate.h"
pwquality_settings_t *pwquality_default_settings(void) { pwquality_settings_t *p = calloc(1, sizeof *p); if (p) { p->diff_ok = 1; p->min_length = 9; p->dict_check = 1; p->user_check = 1; p->enforcing = 1; p->retry_times = 1; } return p; }
void pwquality_free_settings(pwquality_settings_t *pwq) { if (pwq) { free(pwq->bad_words); free(pwq->dict_path); } free(pwq); }
int pwquality_set_int_value(pwquality_settings_t *pwq, int setting, int value) {
    switch (setting) { case PWQ_SETTING_DIFF_OK: pwq->diff_ok = value; break; case PWQ_SETTING_MIN_LENGTH: pwq->min_length = value < 6 ? 6 : value; break; case PWQ_SETTING_DICT_CHECK: pwq->dict_check = value; break; case PWQ_SETTING_USER_CHECK: pwq->user_check = value; break; default: return -7; }
    return 0;
}
int pwquality_check(pwquality_settings_t *pwq, const char *password, const char *oldpassword, const char *user, void **auxerror) {
    if (auxerror) *auxerror = 0;
    if (!password) return -24;
    int len = (int)strlen(password), score = len * 4;
    if (len < pwq->min_length) return -6;
    if (oldpassword && !strcmp(password, oldpassword)) return -2;
    if (pwq->user_check && user && *user && !strcmp(password, user)) return -19;
    return score > 100 ? 100 : score;
}
//--- v2
#include <stdlib.h>
#include <string.h>
#include "pwquality.h"
#include "pwqprivate.h"
pwquality_settings_t *pwquality_default_settings(void) { pwquality_settings_t *p = calloc(1, sizeof *p); if (p) { p->diff_ok = 1; p->min_length = 9; p->dict_check = 1; p->user_check = 1; p->enforcing = 1; p->retry_times = 1; } return p; }
void pwquality_free_settings(pwquality_settings_t *pwq) { if (pwq) { free(pwq->bad_words); free(pwq->dict_path); } free(pwq); }
int pwquality_set_int_value(pwquality_settings_t *pwq, int setting, int value) {
    switch (setting) { case PWQ_SETTING_DIFF_OK: pwq->diff_ok = value; break; case PWQ_SETTING_MIN_LENGTH: pwq->min_length = value < 6 ? 6 : value; break; case PWQ_SETTING_DICT_CHECK: pwq->dict_check = value; break; case PWQ_SETTING_USER_CHECK: pwq->user_check = value; break; case PWQ_SETTING_USER_SUBSTR: pwq->user_substr = value; break; default: return -7; }
    return 0;
}
int pwquality_check(pwquality_settings_t *pwq, const char *password, const char *oldpassword, const char *user, void **auxerror) {
    if (auxerror) *auxerror = 0;
    if (!password) return -24;
    int len = (int)strlen(password), score = len * 4;
    if (len < pwq->min_length) return -6;
    if (oldpassword && !strcmp(password, oldpassword)) return -2;
    if (pwq->user_check && user && *user && !strcmp(password, user)) return -19;
    if (pwq->user_substr >= 3 && user && strlen(user) >= (size_t)pwq->user_substr && strstr(password, user)) return -19;
    return score > 100 ? 100 : score;
}
