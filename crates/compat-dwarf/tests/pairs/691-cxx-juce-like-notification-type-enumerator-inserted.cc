// expect: breaking
// why: juce::NotificationType is an argument callers pass to Slider::setValue. v2 inserts
// why: sendNotificationDeferred after sendNotification without explicit values, so sendNotificationSync goes from 2
// why: to 3 and sendNotificationAsync from 3 to 4: old callers' constants now mean other enumerators (a synchronous
// why: request arrives as deferred, an asynchronous one as nothing v1 knew).
// abidiff: 4 agree
//--- v1/juce_Slider.h
namespace juce {
enum NotificationType { dontSendNotification = 0, sendNotification = 1, sendNotificationSync, sendNotificationAsync };
class Slider {
public:
  Slider();
  void setValue(double newValue, NotificationType notification);
  int listenersCalled() const;
private:
  double value;
  int calls;
};
}
//--- v2/juce_Slider.h
namespace juce {
enum NotificationType { dontSendNotification = 0, sendNotification = 1, sendNotificationDeferred, sendNotificationSync, sendNotificationAsync };
class Slider {
public:
  Slider();
  void setValue(double newValue, NotificationType notification);
  int listenersCalled() const;
private:
  double value;
  int calls;
};
}
//--- v1
#include "juce_Slider.h"
namespace juce {
Slider::Slider() : value(0), calls(0) {}
void Slider::setValue(double v, NotificationType n) { value = v; if (n == sendNotificationSync) calls += 1; else if (n == sendNotification || n == sendNotificationAsync) calls += 2; }
int Slider::listenersCalled() const { return calls; }
}
//--- v2
#include "juce_Slider.h"
namespace juce {
Slider::Slider() : value(0), calls(0) {}
void Slider::setValue(double v, NotificationType n) { value = v; if (n == sendNotificationSync) calls += 1; else if (n == sendNotification || n == sendNotificationAsync) calls += 2; else if (n == sendNotificationDeferred) calls += 4; }
int Slider::listenersCalled() const { return calls; }
}
