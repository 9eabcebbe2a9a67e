//go:debug tlsunsafeekm=1

package main

// static int answer(void) { return 42; }
import "C"

func answer() int { return int(C.answer()) }
