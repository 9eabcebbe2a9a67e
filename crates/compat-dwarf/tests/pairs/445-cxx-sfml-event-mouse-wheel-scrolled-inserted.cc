// expect: breaking
// why: sf::Event is allocated by the caller and filled by Window::pollEvent(Event &) (sf::Event event; while
// why: (window.pollEvent(event)) switch (event.type) ...). SFML 2.3 adds horizontal wheels: the MouseWheelScrollEvent
// why: variant fits the union's existing 16 bytes (SensorEvent is as large), but the enumerator MouseWheelScrolled is
// why: inserted after MouseWheelMoved, so MouseButtonPressed goes from 8 to 9, MouseButtonReleased from 9 to 10,
// why: MouseMoved from 10 to 11, and so on up to Count. Old binaries compiled their case labels with the old values:
// why: a button press now arrives as what they take for a button release, a mouse move as a press.
// abidiff: 4 agree
//--- v1/Event.hpp
namespace sf {
class Event {
public:
  struct SizeEvent { unsigned int width; unsigned int height; };
  struct KeyEvent { int code; bool alt; bool control; bool shift; bool system; };
  struct MouseMoveEvent { int x; int y; };
  struct MouseButtonEvent { int button; int x; int y; };
  struct MouseWheelEvent { int delta; int x; int y; };
  struct SensorEvent { int type; float x; float y; float z; };
  enum EventType {
    Closed, Resized, LostFocus, GainedFocus, TextEntered, KeyPressed, KeyReleased, MouseWheelMoved,
    MouseButtonPressed, MouseButtonReleased, MouseMoved, MouseEntered, MouseLeft, SensorChanged, Count
  };
  EventType type;
  union {
    SizeEvent size;
    KeyEvent key;
    MouseMoveEvent mouseMove;
    MouseButtonEvent mouseButton;
    MouseWheelEvent mouseWheel;
    SensorEvent sensor;
  };
};
class Window {
public:
  Window();
  ~Window();
  bool pollEvent(Event &event);
  void pushEvent(const Event &event);
private:
  Event m_events[16];
  unsigned m_head, m_tail;
};
}
//--- v2/Event.hpp
namespace sf {
class Event {
public:
  struct SizeEvent { unsigned int width; unsigned int height; };
  struct KeyEvent { int code; bool alt; bool control; bool shift; bool system; };
  struct MouseMoveEvent { int x; int y; };
  struct MouseButtonEvent { int button; int x; int y; };
  struct MouseWheelEvent { int delta; int x; int y; };
  struct MouseWheelScrollEvent { int wheel; float delta; int x; int y; };
  struct SensorEvent { int type; float x; float y; float z; };
  enum EventType {
    Closed, Resized, LostFocus, GainedFocus, TextEntered, KeyPressed, KeyReleased, MouseWheelMoved, MouseWheelScrolled,
    MouseButtonPressed, MouseButtonReleased, MouseMoved, MouseEntered, MouseLeft, SensorChanged, Count
  };
  EventType type;
  union {
    SizeEvent size;
    KeyEvent key;
    MouseMoveEvent mouseMove;
    MouseButtonEvent mouseButton;
    MouseWheelEvent mouseWheel;
    MouseWheelScrollEvent mouseWheelScroll;
    SensorEvent sensor;
  };
};
class Window {
public:
  Window();
  ~Window();
  bool pollEvent(Event &event);
  void pushEvent(const Event &event);
private:
  Event m_events[16];
  unsigned m_head, m_tail;
};
}
//--- v1
#include "Event.hpp"
namespace sf {
Window::Window() : m_events(), m_head(0), m_tail(0) {}
Window::~Window() {}
bool Window::pollEvent(Event &event) {
  if (m_head == m_tail) return false;
  event = m_events[m_head++ % 16];
  return true;
}
void Window::pushEvent(const Event &event) {
  if (event.type == Event::MouseWheelMoved && event.mouseWheel.delta == 0) return;
  m_events[m_tail++ % 16] = event;
}
}
//--- v2
#include "Event.hpp"
namespace sf {
Window::Window() : m_events(), m_head(0), m_tail(0) {}
Window::~Window() {}
bool Window::pollEvent(Event &event) {
  if (m_head == m_tail) return false;
  event = m_events[m_head++ % 16];
  return true;
}
void Window::pushEvent(const Event &event) {
  if (event.type == Event::MouseWheelMoved && event.mouseWheel.delta == 0) return;
  m_events[m_tail++ % 16] = event;
  if (event.type == Event::MouseWheelMoved) {
    Event scroll;
    scroll.type = Event::MouseWheelScrolled;
    scroll.mouseWheelScroll.wheel = 0; scroll.mouseWheelScroll.delta = (float)event.mouseWheel.delta;
    scroll.mouseWheelScroll.x = event.mouseWheel.x; scroll.mouseWheelScroll.y = event.mouseWheel.y;
    m_events[m_tail++ % 16] = scroll;
  }
}
}
