// expect: breaking
// why: wxWidgets 2.9 adds the protected virtual TryBefore to wxEvtHandler, after its existing virtuals. Its
// why: vtable only grows, but wxWindow derives from it and puts its own virtuals after the base's: Show moves
// why: from slot 4 to 5 and SetLabel from 5 to 6. Consumers call win->Show(true) through slot 4 and now reach
// why: TryBefore, and consumer classes derived from wxWindow override the wrong slots.
// abidiff: 12 agree
//--- v1/window.h
class wxEvtHandler {
public:
  wxEvtHandler();
  virtual ~wxEvtHandler();
  virtual bool ProcessEvent(int eventType);
  virtual void SetNextHandler(wxEvtHandler *handler);
protected:
  wxEvtHandler *m_nextHandler;
};
class wxWindow : public wxEvtHandler {
public:
  wxWindow(wxWindow *parent, int id);
  virtual ~wxWindow();
  virtual bool Show(bool show = true);
  virtual void SetLabel(const char *label);
  bool IsShown() const { return m_isShown; }
protected:
  wxWindow *m_parent;
  const char *m_label;
  int m_windowId;
  bool m_isShown;
};
//--- v2/window.h
class wxEvtHandler {
public:
  wxEvtHandler();
  virtual ~wxEvtHandler();
  virtual bool ProcessEvent(int eventType);
  virtual void SetNextHandler(wxEvtHandler *handler);
protected:
  virtual bool TryBefore(int eventType);
  wxEvtHandler *m_nextHandler;
};
class wxWindow : public wxEvtHandler {
public:
  wxWindow(wxWindow *parent, int id);
  virtual ~wxWindow();
  virtual bool Show(bool show = true);
  virtual void SetLabel(const char *label);
  bool IsShown() const { return m_isShown; }
protected:
  wxWindow *m_parent;
  const char *m_label;
  int m_windowId;
  bool m_isShown;
};
//--- v1
#include "window.h"
wxEvtHandler::wxEvtHandler() : m_nextHandler(nullptr) {}
wxEvtHandler::~wxEvtHandler() {}
bool wxEvtHandler::ProcessEvent(int eventType) { return m_nextHandler ? m_nextHandler->ProcessEvent(eventType) : false; }
void wxEvtHandler::SetNextHandler(wxEvtHandler *handler) { m_nextHandler = handler; }
wxWindow::wxWindow(wxWindow *parent, int id) : m_parent(parent), m_label(""), m_windowId(id), m_isShown(true) {}
wxWindow::~wxWindow() {}
bool wxWindow::Show(bool show) { bool changed = m_isShown != show; m_isShown = show; return changed; }
void wxWindow::SetLabel(const char *label) { m_label = label; }
//--- v2
#include "window.h"
wxEvtHandler::wxEvtHandler() : m_nextHandler(nullptr) {}
wxEvtHandler::~wxEvtHandler() {}
bool wxEvtHandler::TryBefore(int eventType) { return eventType < 0; }
bool wxEvtHandler::ProcessEvent(int eventType) { if (TryBefore(eventType)) return true; return m_nextHandler ? m_nextHandler->ProcessEvent(eventType) : false; }
void wxEvtHandler::SetNextHandler(wxEvtHandler *handler) { m_nextHandler = handler; }
wxWindow::wxWindow(wxWindow *parent, int id) : m_parent(parent), m_label(""), m_windowId(id), m_isShown(true) {}
wxWindow::~wxWindow() {}
bool wxWindow::Show(bool show) { bool changed = m_isShown != show; m_isShown = show; return changed; }
void wxWindow::SetLabel(const char *label) { m_label = label; }
