// expect: breaking
// why: GLFW 3.0 makes cursor positions double (sub-pixel motion): the consumer's GLFWcursorposfun, which
// why: glfwSetCursorPosCallback registers and the library calls, goes from (GLFWwindow *, int, int) to (GLFWwindow
// why: *, double, double), and glfwGetCursorPos's out-parameters from int * to double *. Old callbacks read the
// why: position from %esi and %edx while the library passes it in %xmm0 and %xmm1, and glfwGetCursorPos writes
// why: 8-byte doubles into old callers' 4-byte ints.
// abidiff: 4 agree
//--- v1/glfw3.h
typedef struct GLFWwindow GLFWwindow;
typedef void (*GLFWcursorposfun)(GLFWwindow *window, int xpos, int ypos);
GLFWwindow *glfwCreateWindow(int width, int height, const char *title);
GLFWcursorposfun glfwSetCursorPosCallback(GLFWwindow *window, GLFWcursorposfun cbfun);
void glfwGetCursorPos(GLFWwindow *window, int *xpos, int *ypos);
void glfwInjectCursorMotion(GLFWwindow *window, double dx, double dy);
void glfwDestroyWindow(GLFWwindow *window);
//--- v2/glfw3.h
typedef struct GLFWwindow GLFWwindow;
typedef void (*GLFWcursorposfun)(GLFWwindow *window, double xpos, double ypos);
GLFWwindow *glfwCreateWindow(int width, int height, const char *title);
GLFWcursorposfun glfwSetCursorPosCallback(GLFWwindow *window, GLFWcursorposfun cbfun);
void glfwGetCursorPos(GLFWwindow *window, double *xpos, double *ypos);
void glfwInjectCursorMotion(GLFWwindow *window, double dx, double dy);
void glfwDestroyWindow(GLFWwindow *window);
//--- v1
#include <stdlib.h>
#include "glfw3.h"
struct GLFWwindow { int width, height; const char *title; double cursorPosX, cursorPosY; GLFWcursorposfun cursorPos; };
GLFWwindow *glfwCreateWindow(int width, int height, const char *title) {
  GLFWwindow *w = calloc(1, sizeof *w);
  if (w) { w->width = width; w->height = height; w->title = title; }
  return w;
}
GLFWcursorposfun glfwSetCursorPosCallback(GLFWwindow *w, GLFWcursorposfun cbfun) { GLFWcursorposfun prev = w->cursorPos; w->cursorPos = cbfun; return prev; }
void glfwGetCursorPos(GLFWwindow *w, int *xpos, int *ypos) { if (xpos) *xpos = (int)w->cursorPosX; if (ypos) *ypos = (int)w->cursorPosY; }
void glfwInjectCursorMotion(GLFWwindow *w, double dx, double dy) {
  w->cursorPosX += dx; w->cursorPosY += dy;
  if (w->cursorPos) w->cursorPos(w, (int)w->cursorPosX, (int)w->cursorPosY);
}
void glfwDestroyWindow(GLFWwindow *w) { free(w); }
//--- v2
#include <stdlib.h>
#include "glfw3.h"
struct GLFWwindow { int width, height; const char *title; double cursorPosX, cursorPosY; GLFWcursorposfun cursorPos; };
GLFWwindow *glfwCreateWindow(int width, int height, const char *title) {
  GLFWwindow *w = calloc(1, sizeof *w);
  if (w) { w->width = width; w->height = height; w->title = title; }
  return w;
}
GLFWcursorposfun glfwSetCursorPosCallback(GLFWwindow *w, GLFWcursorposfun cbfun) { GLFWcursorposfun prev = w->cursorPos; w->cursorPos = cbfun; return prev; }
void glfwGetCursorPos(GLFWwindow *w, double *xpos, double *ypos) { if (xpos) *xpos = w->cursorPosX; if (ypos) *ypos = w->cursorPosY; }
void glfwInjectCursorMotion(GLFWwindow *w, double dx, double dy) {
  w->cursorPosX += dx; w->cursorPosY += dy;
  if (w->cursorPos) w->cursorPos(w, w->cursorPosX, w->cursorPosY);
}
void glfwDestroyWindow(GLFWwindow *w) { free(w); }
