// expect: info
// why: wxWidgets 2.9 moves wxCommandEvent's payload (m_cmdString, m_extraLong, m_commandInt) into a new base
// why: class wxEventBasicPayloadMixin. The mixin holds a std::string, so it is not POD and wxCommandEvent's
// why: own m_id goes into its tail padding: m_cmdString stays at byte 0, m_extraLong at 32, m_commandInt at 40,
// why: m_id at 44, and the class keeps 48 bytes, no vtable and its symbols. Consumers' inline GetString() and
// why: GetExtraLong() read the same offsets, so binaries are unaffected; the new base is an API change.
// abidiff: 4 disagree: abidiff reports a base class inserted and three members deleted; the base holds them at the same offsets and m_id stays at byte 44 in its tail padding, so every member keeps its offset in the same 48 bytes (as in 91).
//--- v1/event.h
#include <string>
class wxCommandEvent {
public:
  explicit wxCommandEvent(int id = 0);
  const std::string &GetString() const { return m_cmdString; }
  void SetString(const std::string &s) { m_cmdString = s; }
  long GetExtraLong() const { return m_extraLong; }
  int GetInt() const;
  int GetId() const { return m_id; }
protected:
  std::string m_cmdString;
  long m_extraLong;
  int m_commandInt;
  int m_id;
};
//--- v2/event.h
#include <string>
class wxEventBasicPayloadMixin {
public:
  const std::string &GetString() const { return m_cmdString; }
  void SetString(const std::string &s) { m_cmdString = s; }
  long GetExtraLong() const { return m_extraLong; }
protected:
  std::string m_cmdString;
  long m_extraLong;
  int m_commandInt;
};
class wxCommandEvent : public wxEventBasicPayloadMixin {
public:
  explicit wxCommandEvent(int id = 0);
  int GetInt() const;
  int GetId() const { return m_id; }
protected:
  int m_id;
};
//--- v1
#include "event.h"
wxCommandEvent::wxCommandEvent(int id) : m_extraLong(0), m_commandInt(0), m_id(id) {}
int wxCommandEvent::GetInt() const { return m_commandInt; }
//--- v2
#include "event.h"
wxCommandEvent::wxCommandEvent(int id) : m_id(id) { m_extraLong = 0; m_commandInt = 0; }
int wxCommandEvent::GetInt() const { return m_commandInt; }
