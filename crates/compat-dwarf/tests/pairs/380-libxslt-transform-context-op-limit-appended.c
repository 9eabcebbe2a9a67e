// expect: warning
// why: libxslt declares struct _xsltTransformContext with its members in xsltInternals.h, which despite its name is
// why: an installed public header (transform.h, which declares the entry points, includes it, and extension writers
// why: read ctxt->xinclude or ctxt->outputFile). The context is only created by xsltNewTransformContext and handed
// why: to extension element callbacks; nothing lets consumers allocate one. libxslt 1.1.34 appends opLimit, opCount
// why: and sourceDocDirty: every old member keeps its offset but the struct grows from 72 to 96 bytes, which matters
// why: only to consumers that copy or embed it: undecided (as in 54 and 305), not private.
// abidiff: 4 agree
//--- v1/xsltInternals.h
typedef struct _xmlDoc xmlDoc;
typedef xmlDoc *xmlDocPtr;
typedef struct _xmlNode xmlNode;
typedef xmlNode *xmlNodePtr;
typedef struct _xsltStylesheet xsltStylesheet;
typedef xsltStylesheet *xsltStylesheetPtr;
typedef enum { XSLT_STATE_OK = 0, XSLT_STATE_ERROR, XSLT_STATE_STOPPED } xsltTransformState;
typedef struct _xsltTransformContext xsltTransformContext;
typedef xsltTransformContext *xsltTransformContextPtr;
struct _xsltTransformContext {
  xsltStylesheetPtr style;
  xmlDocPtr document;
  xmlNodePtr node;
  xmlNodePtr insert;
  xsltTransformState state;
  int xinclude;
  const char *outputFile;
  void *_private;
  int parserOptions;
  int depth;
  int maxTemplateDepth;
  int maxTemplateVars;
};
//--- v2/xsltInternals.h
typedef struct _xmlDoc xmlDoc;
typedef xmlDoc *xmlDocPtr;
typedef struct _xmlNode xmlNode;
typedef xmlNode *xmlNodePtr;
typedef struct _xsltStylesheet xsltStylesheet;
typedef xsltStylesheet *xsltStylesheetPtr;
typedef enum { XSLT_STATE_OK = 0, XSLT_STATE_ERROR, XSLT_STATE_STOPPED } xsltTransformState;
typedef struct _xsltTransformContext xsltTransformContext;
typedef xsltTransformContext *xsltTransformContextPtr;
struct _xsltTransformContext {
  xsltStylesheetPtr style;
  xmlDocPtr document;
  xmlNodePtr node;
  xmlNodePtr insert;
  xsltTransformState state;
  int xinclude;
  const char *outputFile;
  void *_private;
  int parserOptions;
  int depth;
  int maxTemplateDepth;
  int maxTemplateVars;
  unsigned long opLimit;
  unsigned long opCount;
  int sourceDocDirty;
};
//--- transform.h
#include "xsltInternals.h"
typedef void (*xsltTransformFunction)(xsltTransformContextPtr ctxt, xmlNodePtr node, xmlNodePtr inst, void *comp);
xsltStylesheetPtr xsltNewStylesheet(void);
xsltTransformContextPtr xsltNewTransformContext(xsltStylesheetPtr style, xmlDocPtr doc);
void xsltFreeTransformContext(xsltTransformContextPtr ctxt);
int xsltSetCtxtParseOptions(xsltTransformContextPtr ctxt, int options);
int xsltRegisterExtElement(xsltTransformContextPtr ctxt, const char *name, const char *URI, xsltTransformFunction function);
int xsltApplyExtElement(xsltTransformContextPtr ctxt, const char *name, xmlNodePtr node);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "transform.h"
struct _xsltStylesheet { int indent; const char *encoding; };
static struct { const char *name; xsltTransformFunction fn; } ext[8];
static int next;
xsltStylesheetPtr xsltNewStylesheet(void) { return calloc(1, sizeof(xsltStylesheet)); }
xsltTransformContextPtr xsltNewTransformContext(xsltStylesheetPtr style, xmlDocPtr doc) {
  xsltTransformContextPtr ctxt = calloc(1, sizeof *ctxt);
  if (!ctxt) return NULL;
  ctxt->style = style; ctxt->document = doc; ctxt->state = XSLT_STATE_OK;
  ctxt->maxTemplateDepth = 3000; ctxt->maxTemplateVars = 15000;
  return ctxt;
}
void xsltFreeTransformContext(xsltTransformContextPtr ctxt) { free(ctxt); }
int xsltSetCtxtParseOptions(xsltTransformContextPtr ctxt, int options) {
  if (!ctxt) return -1;
  int old = ctxt->parserOptions; ctxt->parserOptions = options; ctxt->xinclude = (options & 1024) != 0;
  return old;
}
int xsltRegisterExtElement(xsltTransformContextPtr ctxt, const char *name, const char *URI, xsltTransformFunction function) {
  (void)URI; if (!ctxt || next == 8) return -1;
  ext[next].name = name; ext[next].fn = function; next++; return 0;
}
int xsltApplyExtElement(xsltTransformContextPtr ctxt, const char *name, xmlNodePtr node) {
  for (int i = 0; i < next; i++)
    if (!strcmp(ext[i].name, name)) { ctxt->depth++; ext[i].fn(ctxt, node, node, NULL); ctxt->depth--; return 0; }
  ctxt->state = XSLT_STATE_ERROR; return -1;
}
//--- v2
#include <stdlib.h>
#include <string.h>
#include "transform.h"
struct _xsltStylesheet { int indent; const char *encoding; };
static struct { const char *name; xsltTransformFunction fn; } ext[8];
static int next;
xsltStylesheetPtr xsltNewStylesheet(void) { return calloc(1, sizeof(xsltStylesheet)); }
xsltTransformContextPtr xsltNewTransformContext(xsltStylesheetPtr style, xmlDocPtr doc) {
  xsltTransformContextPtr ctxt = calloc(1, sizeof *ctxt);
  if (!ctxt) return NULL;
  ctxt->style = style; ctxt->document = doc; ctxt->state = XSLT_STATE_OK;
  ctxt->maxTemplateDepth = 3000; ctxt->maxTemplateVars = 15000; ctxt->opLimit = 0;
  return ctxt;
}
void xsltFreeTransformContext(xsltTransformContextPtr ctxt) { free(ctxt); }
int xsltSetCtxtParseOptions(xsltTransformContextPtr ctxt, int options) {
  if (!ctxt) return -1;
  int old = ctxt->parserOptions; ctxt->parserOptions = options; ctxt->xinclude = (options & 1024) != 0;
  return old;
}
int xsltRegisterExtElement(xsltTransformContextPtr ctxt, const char *name, const char *URI, xsltTransformFunction function) {
  (void)URI; if (!ctxt || next == 8) return -1;
  ext[next].name = name; ext[next].fn = function; next++; return 0;
}
int xsltApplyExtElement(xsltTransformContextPtr ctxt, const char *name, xmlNodePtr node) {
  if (ctxt->opLimit && ++ctxt->opCount > ctxt->opLimit) { ctxt->state = XSLT_STATE_STOPPED; return -1; }
  for (int i = 0; i < next; i++)
    if (!strcmp(ext[i].name, name)) { ctxt->depth++; ext[i].fn(ctxt, node, node, NULL); ctxt->depth--; return 0; }
  ctxt->state = XSLT_STATE_ERROR; return -1;
}
