// expect: breaking
// why: raylib 3.x makes GetMouseWheelMove return float (fractional touchpad scrolling) instead of int. The symbol is
// why: the same, but the result moves from %eax to %xmm0: v2's function never sets %eax, so old callers read
// why: whatever %eax last held as the wheel movement, every frame.
// abidiff: 4 agree
//--- v1/raylib.h
typedef struct Vector2 { float x; float y; } Vector2;
void InitInputState(void);
void PollInputEvents(float wheelDelta, Vector2 mouse);
int GetMouseWheelMove(void);
Vector2 GetMousePosition(void);
//--- v2/raylib.h
typedef struct Vector2 { float x; float y; } Vector2;
void InitInputState(void);
void PollInputEvents(float wheelDelta, Vector2 mouse);
float GetMouseWheelMove(void);
Vector2 GetMousePosition(void);
//--- v1
#include <string.h>
#include "raylib.h"
static struct { struct { Vector2 currentPosition; float currentWheelMove; float previousWheelMove; } Mouse; } CORE;
void InitInputState(void) { memset(&CORE, 0, sizeof CORE); }
void PollInputEvents(float wheelDelta, Vector2 mouse) {
  CORE.Mouse.previousWheelMove = CORE.Mouse.currentWheelMove;
  CORE.Mouse.currentWheelMove = wheelDelta; CORE.Mouse.currentPosition = mouse;
}
int GetMouseWheelMove(void) { return (int)CORE.Mouse.previousWheelMove; }
Vector2 GetMousePosition(void) { return CORE.Mouse.currentPosition; }
//--- v2
#include <string.h>
#include "raylib.h"
static struct { struct { Vector2 currentPosition; float currentWheelMove; float previousWheelMove; } Mouse; } CORE;
void InitInputState(void) { memset(&CORE, 0, sizeof CORE); }
void PollInputEvents(float wheelDelta, Vector2 mouse) {
  CORE.Mouse.previousWheelMove = CORE.Mouse.currentWheelMove;
  CORE.Mouse.currentWheelMove = wheelDelta; CORE.Mouse.currentPosition = mouse;
}
float GetMouseWheelMove(void) { return CORE.Mouse.previousWheelMove; }
Vector2 GetMousePosition(void) { return CORE.Mouse.currentPosition; }
