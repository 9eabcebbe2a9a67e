// expect: info
// why: struct _NotifyNotification is declared in the public header as a parent instance and a priv pointer, and
// why: NotifyNotificationPrivate is only forward-declared there: it is defined in the library's source. v2 adds
// why: members to the private struct; NotifyNotification keeps its size and members, and consumers can neither
// why: allocate nor read the private part (as in 381).
// abidiff: 4 disagree: abidiff reports the private struct's members; it is defined only in the library's source.
//--- notify.h
typedef struct _NotifyNotificationPrivate NotifyNotificationPrivate;
typedef struct { void *g_class; unsigned int ref_count; void *qdata; } GObject;
typedef struct _NotifyNotification { GObject parent_object; NotifyNotificationPrivate *priv; } NotifyNotification;
NotifyNotification *notify_notification_new(const char *summary, const char *body, const char *icon);
int notify_notification_set_timeout(NotifyNotification *n, int timeout);
int notify_notification_show(NotifyNotification *n);
//--- v1
#include <stdlib.h>
#include "notify.h"
struct _NotifyNotificationPrivate { unsigned int id; const char *summary; const char *body; int timeout; };
NotifyNotification *notify_notification_new(const char *summary, const char *body, const char *icon) { (void)icon; NotifyNotification *n = calloc(1, sizeof *n); if (!n) return 0; n->priv = calloc(1, sizeof *n->priv); if (!n->priv) { free(n); return 0; } n->priv->summary = summary; n->priv->body = body; n->priv->timeout = -1; return n; }
int notify_notification_set_timeout(NotifyNotification *n, int timeout) { n->priv->timeout = timeout; return 0; }
int notify_notification_show(NotifyNotification *n) { n->priv->id++; return n->priv->summary ? (int)n->priv->id : -1; }
//--- v2
#include <stdlib.h>
#include "notify.h"
struct _NotifyNotificationPrivate { unsigned int id; const char *app_name; const char *summary; const char *body; const char *icon_name; int timeout; int closed_reason; void *hints; };
NotifyNotification *notify_notification_new(const char *summary, const char *body, const char *icon) { NotifyNotification *n = calloc(1, sizeof *n); if (!n) return 0; n->priv = calloc(1, sizeof *n->priv); if (!n->priv) { free(n); return 0; } n->priv->summary = summary; n->priv->body = body; n->priv->icon_name = icon; n->priv->timeout = -1; n->priv->closed_reason = -1; return n; }
int notify_notification_set_timeout(NotifyNotification *n, int timeout) { n->priv->timeout = timeout; return 0; }
int notify_notification_show(NotifyNotification *n) { n->priv->id++; return n->priv->summary ? (int)n->priv->id : n->priv->closed_reason; }
