// Package harness runs the cases of one `compat go cgo` fixture program
// (cstring, export, pinner, pointers) for tests/cgo_toolchain.rs.
package harness

/*
#include <string.h>

static void clear_c_stack(int n) {
	volatile char buf[1024];
	memset((char *)buf, 0, sizeof buf);
	if (n > 0) {
		clear_c_stack(n - 1);
	}
}
*/
import "C"

import (
	"fmt"
	"os"
	"runtime"
	"sort"
	"strconv"
	"time"
)

// clearGoStack overwrites the stack below main, so that LeakSanitizer
// does not find stale copies of C pointers there.
//
//go:noinline
func clearGoStack(n int) byte {
	var buf [1024]byte
	for i := range buf {
		buf[i] = byte(n)
	}
	if n > 0 {
		return clearGoStack(n-1) + buf[n%1024]
	}
	return buf[0]
}

// Main runs the named cases (or lists them with -list), each
// $CASE_REPEAT times (default 1: more runs of a leaking case make more
// allocations no stale copy can keep reachable), then collects garbage, so
// that finalizers (a Pinner's) run before the process exits and
// LeakSanitizer checks.
func Main(cases map[string]func()) {
	if len(os.Args) == 2 && os.Args[1] == "-list" {
		names := make([]string, 0, len(cases))
		for n := range cases {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			fmt.Println(n)
		}
		return
	}
	repeat, err := strconv.Atoi(os.Getenv("CASE_REPEAT"))
	if err != nil || repeat < 1 {
		repeat = 1
	}
	for _, name := range os.Args[1:] {
		f, ok := cases[name]
		if !ok {
			fmt.Fprintln(os.Stderr, "no case", name)
			os.Exit(3)
		}
		for i := 0; i < repeat; i++ {
			f()
		}
	}
	clearGoStack(100)
	C.clear_c_stack(100)
	for i := 0; i < 4; i++ {
		runtime.GC()
		time.Sleep(20 * time.Millisecond)
	}
	fmt.Println("done")
}
