// expect: warning
// why: IptcDataSet is declared with its members in iptc-dataset.h, but consumers only get one from the library
// why: (iptc_dataset_new allocates it, iptc_data_get_dataset returns one the IptcData owns) and pass it back. v2 inserts
// why: unsigned int flags after tag: info, data, size, parent and priv move by 8 bytes. Code reading ds->data directly
// why: would read the wrong member, but whether consumers may read the dataset's members is for the public headers to
// why: say: undecided (as in 352).
// abidiff: 4 agree
//--- iptc-data.h
typedef struct _IptcData IptcData;
//--- v1/iptc-dataset.h
#include "iptc-data.h"
typedef enum { IPTC_RECORD_OBJECT_ENV = 1, IPTC_RECORD_APP_2 = 2 } IptcRecord;
typedef enum { IPTC_TAG_OBJECT_NAME = 5, IPTC_TAG_KEYWORDS = 25, IPTC_TAG_CAPTION = 120 } IptcTag;
typedef struct _IptcTagInfo IptcTagInfo;
typedef struct _IptcDataSetPrivate IptcDataSetPrivate;
typedef struct _IptcDataSet { IptcRecord record; IptcTag tag; const IptcTagInfo *info; unsigned char *data; unsigned int size; IptcData *parent; IptcDataSetPrivate *priv; } IptcDataSet;
IptcDataSet *iptc_dataset_new(void);
void iptc_dataset_set_tag(IptcDataSet *e, IptcRecord record, IptcTag tag);
void iptc_dataset_unref(IptcDataSet *e);
IptcDataSet *iptc_data_get_dataset(IptcData *data, IptcRecord record, IptcTag tag);
//--- v2/iptc-dataset.h
#include "iptc-data.h"
typedef enum { IPTC_RECORD_OBJECT_ENV = 1, IPTC_RECORD_APP_2 = 2 } IptcRecord;
typedef enum { IPTC_TAG_OBJECT_NAME = 5, IPTC_TAG_KEYWORDS = 25, IPTC_TAG_CAPTION = 120 } IptcTag;
typedef struct _IptcTagInfo IptcTagInfo;
typedef struct _IptcDataSetPrivate IptcDataSetPrivate;
typedef struct _IptcDataSet { IptcRecord record; IptcTag tag; unsigned int flags; const IptcTagInfo *info; unsigned char *data; unsigned int size; IptcData *parent; IptcDataSetPrivate *priv; } IptcDataSet;
IptcDataSet *iptc_dataset_new(void);
void iptc_dataset_set_tag(IptcDataSet *e, IptcRecord record, IptcTag tag);
void iptc_dataset_unref(IptcDataSet *e);
IptcDataSet *iptc_data_get_dataset(IptcData *data, IptcRecord record, IptcTag tag);
//--- v1
#include <stdlib.h>
#include "iptc-dataset.h"
struct _IptcDataSetPrivate { unsigned int ref_count; };
struct _IptcData { IptcDataSet **datasets; unsigned int count; };
IptcDataSet *iptc_dataset_new(void) { IptcDataSet *e = calloc(1, sizeof *e); if (e) { e->priv = calloc(1, sizeof *e->priv); if (e->priv) e->priv->ref_count = 1; } return e; }
void iptc_dataset_set_tag(IptcDataSet *e, IptcRecord record, IptcTag tag) { e->record = record; e->tag = tag; e->info = 0; }
void iptc_dataset_unref(IptcDataSet *e) { if (!e || !e->priv || --e->priv->ref_count) return; free(e->data); free(e->priv); free(e); }
IptcDataSet *iptc_data_get_dataset(IptcData *data, IptcRecord record, IptcTag tag) { for (unsigned int i = 0; data && i < data->count; i++) if (data->datasets[i]->record == record && data->datasets[i]->tag == tag) return data->datasets[i]; return 0; }
//--- v2
#include <stdlib.h>
#include "iptc-dataset.h"
struct _IptcDataSetPrivate { unsigned int ref_count; };
struct _IptcData { IptcDataSet **datasets; unsigned int count; };
IptcDataSet *iptc_dataset_new(void) { IptcDataSet *e = calloc(1, sizeof *e); if (e) { e->priv = calloc(1, sizeof *e->priv); if (e->priv) e->priv->ref_count = 1; } return e; }
void iptc_dataset_set_tag(IptcDataSet *e, IptcRecord record, IptcTag tag) { e->record = record; e->tag = tag; e->flags = 0; e->info = 0; }
void iptc_dataset_unref(IptcDataSet *e) { if (!e || !e->priv || --e->priv->ref_count) return; free(e->data); free(e->priv); free(e); }
IptcDataSet *iptc_data_get_dataset(IptcData *data, IptcRecord record, IptcTag tag) { for (unsigned int i = 0; data && i < data->count; i++) if (data->datasets[i]->record == record && data->datasets[i]->tag == tag) return data->datasets[i]; return 0; }
