// expect: warning
// why: sf::Keyboard::Key is the type of the code member of sf::Event::KeyEvent, in the sf::Event the caller allocates
// why: and Window::pollEvent fills, and the parameter of the exported Keyboard::isKeyPressed. SFML 2.2 adds Unknown =
// why: -1 before A = 0 for keys it cannot map. The other enumerators keep their values and the enum its 4 bytes, but
// why: a negative enumerator moves its underlying type from unsigned int to int: the same bits, read with the other
// why: signedness: old consumers compiled comparisons and conversions of codes as unsigned, so code >= Keyboard::A
// why: holds for Unknown and widening it to a size gives 4294967295 (as in 186).
// abidiff: 0 disagree: abidiff filters an enumerator addition as harmless; the layout holds, but Unknown = -1 flips the enum's underlying type from unsigned int to int (as in 186).
//--- v1/Keyboard.hpp
namespace sf {
class Keyboard {
public:
  enum Key { A = 0, B, C, D, E, Escape = 36, LControl, LShift, Space = 57, Return, BackSpace, Left = 71, Right, Up, Down, KeyCount = 101 };
  static bool isKeyPressed(Key key);
};
class Event {
public:
  struct KeyEvent { Keyboard::Key code; bool alt; bool control; bool shift; bool system; };
  struct SizeEvent { unsigned int width; unsigned int height; };
  enum EventType { Closed, Resized, LostFocus, GainedFocus, TextEntered, KeyPressed, KeyReleased, Count };
  EventType type;
  union { SizeEvent size; KeyEvent key; };
};
class Window {
public:
  Window();
  bool pollEvent(Event &event);
  void injectKey(int scancode, bool pressed);
private:
  Event m_pending;
  bool m_hasPending;
};
}
//--- v2/Keyboard.hpp
namespace sf {
class Keyboard {
public:
  enum Key { Unknown = -1, A = 0, B, C, D, E, Escape = 36, LControl, LShift, Space = 57, Return, BackSpace, Left = 71, Right, Up, Down, KeyCount = 101 };
  static bool isKeyPressed(Key key);
};
class Event {
public:
  struct KeyEvent { Keyboard::Key code; bool alt; bool control; bool shift; bool system; };
  struct SizeEvent { unsigned int width; unsigned int height; };
  enum EventType { Closed, Resized, LostFocus, GainedFocus, TextEntered, KeyPressed, KeyReleased, Count };
  EventType type;
  union { SizeEvent size; KeyEvent key; };
};
class Window {
public:
  Window();
  bool pollEvent(Event &event);
  void injectKey(int scancode, bool pressed);
private:
  Event m_pending;
  bool m_hasPending;
};
}
//--- v1
#include "Keyboard.hpp"
namespace sf {
static bool keyState[Keyboard::KeyCount];
bool Keyboard::isKeyPressed(Key key) { return key < KeyCount && keyState[key]; }
Window::Window() : m_pending(), m_hasPending(false) {}
bool Window::pollEvent(Event &event) { if (!m_hasPending) return false; event = m_pending; m_hasPending = false; return true; }
void Window::injectKey(int scancode, bool pressed) {
  Keyboard::Key code = scancode == 1 ? Keyboard::Escape : scancode == 57 ? Keyboard::Space : scancode >= 30 && scancode < 35 ? Keyboard::Key(scancode - 30) : Keyboard::A;
  keyState[code] = pressed;
  m_pending.type = pressed ? Event::KeyPressed : Event::KeyReleased;
  m_pending.key.code = code; m_pending.key.alt = m_pending.key.control = m_pending.key.shift = m_pending.key.system = false;
  m_hasPending = true;
}
}
//--- v2
#include "Keyboard.hpp"
namespace sf {
static bool keyState[Keyboard::KeyCount];
bool Keyboard::isKeyPressed(Key key) { return key >= 0 && key < KeyCount && keyState[key]; }
Window::Window() : m_pending(), m_hasPending(false) {}
bool Window::pollEvent(Event &event) { if (!m_hasPending) return false; event = m_pending; m_hasPending = false; return true; }
void Window::injectKey(int scancode, bool pressed) {
  Keyboard::Key code = scancode == 1 ? Keyboard::Escape : scancode == 57 ? Keyboard::Space : scancode >= 30 && scancode < 35 ? Keyboard::Key(scancode - 30) : Keyboard::Unknown;
  if (code != Keyboard::Unknown) keyState[code] = pressed;
  m_pending.type = pressed ? Event::KeyPressed : Event::KeyReleased;
  m_pending.key.code = code; m_pending.key.alt = m_pending.key.control = m_pending.key.shift = m_pending.key.system = false;
  m_hasPending = true;
}
}
